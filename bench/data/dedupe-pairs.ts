/**
 * A labelled set of item pairs for the dedupe benchmark: duplicates in every form we
 * expect (verbatim, reworded, reordered, added detail, broken text, different
 * signifiers) and near-misses of every kind users do not want merged (numbers,
 * quarters, money, dates, units, assignees, named people and companies, negation,
 * opposite verbs, a different object). Then the harder forms of both: deadlines relative
 * to the meeting, how often, lengths of time in other units, the same words the other way
 * round, phrasal verbs, negative words that urge, verbs at the start, labels written apart,
 * slips of the keys, and someone else named through a possessive. A third round: passive
 * voice and nouns made of the verb, the owner moved in or out of the words (and "I'll"), a
 * day in words beside a 📅 date, abbreviations, spellings, ordinals, list markers, and tasks
 * that are a step towards another. All people and companies are invented.
 *
 * One pair per line: `label | kind | A | B`, label `D` (duplicate) or `N` (near-miss).
 * `@Name` before the signifiers is the assignee; `📅 YYYY-MM-DD` the due date.
 */
export type PairLabel = 'D' | 'N';

export interface LabelledPair {
  label: PairLabel;
  kind: string;
  a: string;
  b: string;
}

const RAW = String.raw`
D | verbatim | Send the Q3 pricing deck to Priya Raman @Tomas Berg 📅 2025-10-03 | Send the Q3 pricing deck to Priya Raman @Tomas Berg 📅 2025-10-03
D | verbatim | Book a follow-up with Keswick Foods procurement @Ana Souza | Book a follow-up with Keswick Foods procurement @Ana Souza
D | verbatim | Draft the migration runbook for the Cobalt cluster @Myself ⏫ | Draft the migration runbook for the Cobalt cluster @Myself ⏫
D | verbatim | Keswick Foods will pilot Atlas in two regions before the renewal. | Keswick Foods will pilot Atlas in two regions before the renewal.
D | verbatim | Collect security questionnaire answers from Tarnhelm Bank @Kenji Mori #task | Collect security questionnaire answers from Tarnhelm Bank @Kenji Mori #task
D | verbatim | Orbis Freight runs 40 warehouses across Europe. | Orbis Freight runs 40 warehouses across Europe.
D | verbatim | Share the onboarding checklist with new SEs @Leila Haddad | Share the onboarding checklist with new SEs @Leila Haddad
D | verbatim | Renew the Beacon support contract before it lapses @Marcus Webb 🔼 | Renew the Beacon support contract before it lapses @Marcus Webb 🔼
D | verbatim | Halcyon Health prefers quarterly business reviews over monthly ones. | Halcyon Health prefers quarterly business reviews over monthly ones.
D | verbatim | Invite Sofia Lind to the architecture review @Omar Farouk | Invite Sofia Lind to the architecture review @Omar Farouk
D | case-punct | Send the Q3 pricing deck to Priya Raman. | send the q3 pricing deck to priya raman
D | case-punct | Book a follow-up with Keswick Foods procurement! | Book a follow up with Keswick Foods procurement
D | case-punct | Draft the migration run-book for the Cobalt cluster | Draft the migration runbook for the Cobalt cluster.
D | case-punct | Confirm budget owner for the Atlas rollout (finance) | Confirm budget owner for the Atlas rollout - finance
D | case-punct | Greta Holm owns the data-retention policy review. | Greta Holm owns the data retention policy review
D | case-punct | Update the CRM notes for Meridian Labs; add next steps | Update the CRM notes for Meridian Labs, add next steps.
D | case-punct | "Freeze" the release branch for v4 | Freeze the release branch for v4
D | case-punct | Review the SOW with Tarnhelm Bank's legal team | Review the SOW with Tarnhelm Bank legal team
D | signifiers | Send the Q3 pricing deck to Priya Raman @Tomas Berg 📅 2025-10-03 ⏫ | Send the Q3 pricing deck to Priya Raman @Tomas Berg 📅 2025-10-10 🔼
D | signifiers | Book a follow-up with Keswick Foods procurement @Ana Souza #task #proposed | Book a follow-up with Keswick Foods procurement @Ana Souza 📅 2025-11-01 #task
D | signifiers | Draft the migration runbook for the Cobalt cluster ⏫ 📅 2025-09-30 | Draft the migration runbook for the Cobalt cluster 🔺 ➕ 2025-09-12
D | signifiers | Collect security questionnaire answers from Tarnhelm Bank #customer/tarnhelm | Collect security questionnaire answers from Tarnhelm Bank 🛫 2025-10-01 ⏳ 2025-10-02
D | signifiers | Renew the Beacon support contract before it lapses ✅ 2025-10-20 | Renew the Beacon support contract before it lapses 📅 2025-10-31 🔁 every year
D | signifiers | Invite Sofia Lind to the architecture review [due:: 2025-10-14] | Invite Sofia Lind to the architecture review 📅 2025-10-14
D | signifiers | Share the onboarding checklist with new SEs ^abc123 | Share the onboarding checklist with new SEs 🆔 chk1
D | signifiers | Prepare the renewal quote for Orbis Freight @Hugo Martin 📅 2025-12-01 #sales | Prepare the renewal quote for Orbis Freight @Hugo Martin
D | signifiers | Set up the staging tenant for Halcyon Health ⏬ | Set up the staging tenant for Halcyon Health 🔺 📅 2025-10-05
D | signifiers | Archive the old Atlas dashboards [[Atlas]] | Archive the old [[Atlas]] dashboards
D | mojibake | Send Priya’s notes to the Keswick team | Send Priyaâ€™s notes to the Keswick team
D | mojibake | Review the deck — focus on pricing | Review the deck â€” focus on pricing
D | mojibake | Confirm the renewal date with Orbis Freight @Hugo Martin 📅 2025-11-02 | Confirm the renewal date with Orbis Freight @Hugo Martin ðŸ“… 2025-11-02
D | mojibake | Escalate the outage report to Tarnhelm Bank @Kenji Mori ⏫ | Escalate the outage report to Tarnhelm Bank @Kenji Mori â« 
D | mojibake | Schedule Greta’s onboarding session @Leila Haddad 🔺 | Schedule Gretaâ€™s onboarding session @Leila Haddad ðŸ”º
D | mojibake | Write up the “lessons learned” doc for Cobalt | Write up the â€œlessons learnedâ€ doc for Cobalt
D | mojibake | Share Ana’s capacity model with finance 📅 2025-10-09 | Share Ana‚Äôs capacity model with finance üìÖ 2025-10-09
D | mojibake | Ask Chen Wei about the GPU quota 🔼 | Ask Chen Wei about the GPU quota ðŸ”¼
D | mojibake | Ravi Iyer’s team will own the connector. | Ravi Iyerâ€™s team will own the connector.
D | mojibake | Confirm the SLA with Halcyon Health ✅ 2025-10-01 | Confirm the SLA with Halcyon Health âœ… 2025-10-01
D | reordered | Send the pricing deck and the security whitepaper to Priya Raman | Send Priya Raman the security whitepaper and the pricing deck
D | reordered | Schedule a workshop with Keswick Foods on data retention | Schedule a data retention workshop with Keswick Foods
D | reordered | Review the Beacon contract terms with legal before renewal | Before renewal, review the Beacon contract terms with legal
D | reordered | Confirm GPU quota and network limits for the Cobalt cluster | For the Cobalt cluster, confirm network limits and GPU quota
D | reordered | Collect feedback from the pilot users at Halcyon Health | At Halcyon Health, collect feedback from the pilot users
D | reordered | Orbis Freight wants Atlas deployed in their own cloud tenant. | Atlas deployed in their own cloud tenant is what Orbis Freight wants.
D | reordered | Update the forecast and the pipeline review for Meridian Labs | Update the pipeline review and the forecast for Meridian Labs
D | reordered | Invite Sofia Lind and Felix Brandt to the design review | Invite Felix Brandt and Sofia Lind to the design review
D | reordered | Tarnhelm Bank requires on-premises key management for compliance. | For compliance, Tarnhelm Bank requires key management on-premises.
D | reordered | Draft the press release and FAQ for the Beacon launch | Draft the FAQ and press release for the Beacon launch
D | reordered | Ask finance to approve the travel budget for the offsite | Ask finance for approval of the offsite travel budget
D | reordered | Map the open support tickets for Orbis Freight by severity | By severity, map the open Orbis Freight support tickets
D | detail | Schedule interviews with leaders | Schedule interviews with relevant leaders and founders (including Nadia Karim and Dmitri Volkov)
D | detail | Send the pricing deck to Priya Raman | Send the updated pricing deck to Priya Raman ahead of the Keswick Foods renewal call
D | detail | Book a follow-up with Keswick Foods | Book a follow-up with Keswick Foods procurement to walk through the revised SOW
D | detail | Draft the migration runbook | Draft the migration runbook for the Cobalt cluster, covering rollback and data validation
D | detail | Collect security questionnaire answers from Tarnhelm Bank | Collect security questionnaire answers from Tarnhelm Bank, especially the encryption and key rotation sections
D | detail | Share the onboarding checklist with new SEs | Share the onboarding checklist with new SEs and their managers
D | detail | Renew the Beacon support contract | Renew the Beacon support contract before it lapses at the end of the quarter
D | detail | Confirm the renewal date with Orbis Freight | Confirm the renewal date and signatory with Orbis Freight
D | detail | Initiate the hiring process for the solutions architect role | Initiate the official hiring process for the solutions architect role at Meridian Labs and schedule interviews with the panel
D | detail | Invite Sofia Lind to the architecture review | Invite Sofia Lind (platform lead) to next week's architecture review
D | detail | Halcyon Health prefers quarterly business reviews. | Halcyon Health prefers quarterly business reviews over monthly check-ins because their leadership travels a lot.
D | detail | Keswick Foods will pilot Atlas. | Keswick Foods will pilot Atlas in two regions before the renewal.
D | detail | Agreed to move the Cobalt cluster to the new region. | Agreed to move the Cobalt cluster to the new region once the network link is certified.
D | detail | Ravi Iyer owns the connector. | Ravi Iyer owns the connector and its on-call rotation.
D | detail | Ask Chen Wei about the GPU quota | Ask Chen Wei about the GPU quota for the training cluster and whether it can be raised temporarily
D | detail | Prepare the renewal quote for Orbis Freight | Prepare the renewal quote for Orbis Freight, including the premium support add-on
D | detail | Set up the staging tenant for Halcyon Health | Set up the staging tenant for Halcyon Health with SSO and audit logging enabled
D | detail | Review the SOW with legal | Review the SOW with Tarnhelm Bank's legal team before signature
D | detail | Document the failover procedure | Document the failover procedure for the Beacon service in the runbook wiki
D | detail | Tarnhelm Bank requires on-premises key management. | Tarnhelm Bank requires on-premises key management for compliance with their regulator.
D | reworded | Send the pricing deck to Priya Raman | Share the pricing deck with Priya Raman
D | reworded | Schedule a call with Keswick Foods procurement | Set up a meeting with Keswick Foods procurement
D | reworded | Reach out to Tarnhelm Bank about the security questionnaire | Follow up with Tarnhelm Bank on the security questionnaire
D | reworded | Kick off the hiring process for the solutions architect role | Start the hiring process for the solutions architect role
D | reworded | Write the migration runbook for the Cobalt cluster | Draft a migration runbook for the Cobalt cluster
D | reworded | Look into the GPU quota for the training cluster | Investigate the GPU quota on the training cluster
D | reworded | Verify the renewal date with Orbis Freight | Confirm the renewal date with Orbis Freight
D | reworded | Provide availability for the interview loop | Share availability for the interview loop
D | reworded | Introduce Sofia Lind to the Halcyon Health platform team | Make an introduction between Sofia Lind and the Halcyon Health platform team
D | reworded | Resolve the billing discrepancy for Meridian Labs | Fix the billing discrepancy on the Meridian Labs account
D | reworded | Update the pipeline forecast for Orbis Freight | Refresh the Orbis Freight pipeline forecast
D | reworded | Define the interview loop and set up the next conversations | Set up the next conversations and define the interview loop
D | reworded | Share role descriptions for the BD lead and the technical counterpart | Share role descriptions for the business development lead and the technical counterpart role
D | reworded | Confirm preferred role scope (BD lead vs. technical) and share availability for interviews | Confirm preferred role scope (business development lead vs. technical role) and provide availability for interviews
D | reworded | Engage the networking team to evaluate the private link option | Engage networking to assess the private link option
D | reworded | Prepare slides on storage gaps for the Keswick Foods review | Prepare a deck on storage gaps for the Keswick Foods review
D | reworded | Find the right commercial contact in the Orbis Freight networking group | Identify the correct commercial contact in the Orbis Freight networking group
D | reworded | Complete the vendor onboarding form for Tarnhelm Bank | Finish the vendor onboarding form for Tarnhelm Bank
D | reworded | Proceed with the formal interview process. | Proceed with the formal interview process for the candidate.
D | reworded | Keswick Foods decided to pilot Atlas in two regions. | Keswick Foods will pilot Atlas in two regions.
D | reworded | Halcyon Health's team prefers quarterly business reviews. | Halcyon Health prefers quarterly business reviews.
D | reworded | Initial bias to focus the new hire on the go-to-market side with a strong technical counterpart. | Initial leaning to focus the new hire on the GTM side with a strong technical counterpart.
D | reworded | Orbis Freight runs about 40 warehouses across Europe. | Orbis Freight operates roughly 40 warehouses in Europe.
D | reworded | Talk to Marcus Webb about the renewal risk | Discuss the renewal risk with Marcus Webb
D | reworded | Check in with Ines Duarte on the data-retention review | Follow up with Ines Duarte on the data retention review
D | reworded | Send Kenji Mori the outage timeline | Provide the outage timeline to Kenji Mori
D | reworded | Organize the offsite agenda for the platform team | Arrange the platform team offsite agenda
D | reworded | Ping Ravi Iyer about connector ownership | Reach out to Ravi Iyer regarding ownership of the connector
D | reworded | Evaluate the private link option as a mitigation for egress costs | Assess the private link option to mitigate egress costs
D | reworded | Set up monthly 1:1s with Elena Petrova | Schedule monthly one-on-one meetings with Elena Petrova
D | reworded | Write up the lessons learned from the Beacon outage | Document lessons learned from the Beacon outage
D | reworded | Catalog in-flight opportunities and map them to product requirements | Catalogue all in-flight opportunities and map each to product requirements
D | reworded | Agreed to treat the Nordics as a sales-only region. | The Nordics will be treated as a sales-only region.
D | reworded | Greta Holm will own the retention policy review. | Greta Holm owns the retention policy review.
D | assignee-forms | Send the pricing deck to Priya Raman @Tomas Berg | Send the pricing deck to Priya Raman @Tomas Berg Berg
D | assignee-forms | Book a follow-up with Keswick Foods @Ana Souza | Book a follow-up with Keswick Foods @ana souza
D | assignee-forms | Draft the migration runbook @Leïla Haddad | Draft the migration runbook @Leila Haddad
D | assignee-forms | Confirm GPU quota for the training cluster @Kenji Mori | Confirm GPU quota for the training cluster
D | assignee-forms | Prepare the renewal quote for Orbis Freight | Prepare the renewal quote for Orbis Freight @Hugo Martin
D | assignee-forms | Schedule the design review @TBD | Schedule the design review @Omar Farouk
D | status | Send the pricing deck to Priya Raman | Send the pricing deck to Priya Raman ✅ 2025-10-02
D | status | Book a follow-up with Keswick Foods procurement | Book a follow-up with Keswick Foods procurement ✅ 2025-11-03
D | hard-positive | Set up Priya's next conversations and define the interview loop | Define the interview loop for Priya Raman and set up next conversations as part of the hiring process
D | hard-positive | Initiate official candidate process for Priya and schedule interviews with relevant leaders/founders | Initiate the official candidate process for Priya Raman at Meridian Labs and schedule interviews with relevant Meridian Labs leaders and founders
D | hard-positive | Engage Orbis networking to evaluate the private link and define an egress/pricing strategy | Engage Orbis Freight networking stakeholders to evaluate the private link as a mitigation for egress and data movement costs, and draft an egress and pricing program
D | hard-positive | Provide introductions or contact details for the networking team (e.g., Felix Brandt) when appropriate | Provide introductions or contact details for the networking team (including Felix Brandt and a contact named Hugo, if appropriate)
D | hard-positive | Plan introductions for Priya to Nadia and Dmitri as part of role exploration | Plan introductions for Priya to Nadia (CTO Office) and Dmitri (Platform) as part of exploration
D | hard-positive | Stand up a win-loss cadence usable by sales and engineering | Stand up a win/loss cadence and make sure outputs are usable by sales, SEs and engineering within the month
D | hard-positive | Mutual interest to proceed; Meridian Labs will initiate a formal interview process. | Proceed with initiating the formal interview process at Meridian Labs.
D | hard-positive | Network egress is a major adoption risk. | Network egress fees are a major risk that could block adoption.
D | hard-positive | Priya has ~12 years at Orbis Freight. | Priya Raman has approximately 12 years at Orbis Freight.
D | hard-positive | Scaling the team from 1 to 10–15 people. | Ramping the team from a single person to 10 to 15 people.
D | hard-positive | Create a crisp slide quantifying storage gaps | Create a crisp internal slide quantifying the storage gaps that can be reused across clouds
D | hard-positive | Text Tomas about block storage traction | Text Tomas regarding block storage and the need for traction
D | hard-positive | Share the Q3 board deck with Sofia | Share Q3 board deck w/ Sofia
D | hard-positive | Move Felix to the services team under Greta | Felix will move to the services team under Greta's leadership
D | hard-positive | Work with Ines to store requirement docs in the wiki | Work with Ines to learn how to store requirements documentation in the wiki and follow its process
D | hard-positive | Ask Kenji Mori for the incident timeline before Friday | Ask Kenji Mori for the incident timeline before Friday's review
D | hard-positive | Get sign-off from legal on the Tarnhelm Bank DPA | Get legal sign-off on the Tarnhelm Bank DPA
D | hard-positive | Send out the recap email to the Keswick Foods team | Email the recap to the Keswick Foods team
D | hard-positive | Finalize the Atlas pricing page copy | Finalise the copy for the Atlas pricing page
D | hard-positive | Reduce egress costs for the Cobalt cluster | Reduce the egress cost of the Cobalt cluster
D | hard-positive | Do not share the pricing deck outside the account team | Don't share the pricing deck outside of the account team
D | hard-positive | Never deploy to production on Fridays | Never deploy on a Friday to production
D | hard-positive | Avoid CAPEX build-out in the Nordics | Avoid significant CAPEX build-out in the Nordics region
D | hard-positive | Approve the Q4 travel budget for the field team | Approve the field team's Q4 travel budget
D | hard-positive | Remove Hugo from the Beacon escalation list | Remove Hugo Martin from the escalation list for Beacon
D | hard-positive | Order 2 PB of capacity for the Cobalt cluster | Order 2PB of capacity for the Cobalt cluster
D | hard-positive | Hire 3 solutions engineers for the Nordics | Hire three solutions engineers for the Nordics
D | hard-positive | Budget $1M for the Atlas pilot | Budget $1,000,000 for the Atlas pilot
D | hard-positive | Close the books for Q3 by October 10 | Close the Q3 books by Oct 10
D | hard-positive | Review the SOC 2 report from Tarnhelm Bank | Review Tarnhelm Bank's SOC 2 report
D | hard-positive | Upgrade the Cobalt cluster to v4.2 | Upgrade Cobalt cluster to version v4.2
D | hard-positive | Run the load test at 10k requests per second | Run the 10k requests/second load test
D | hard-positive | Add Sofia to the weekly platform sync | Add Sofia to the platform weekly sync meeting
D | hard-positive | Raise the GPU quota to 64 for the training team | Raise the training team's GPU quota to 64
D | hard-positive | Migrate the Beacon database before the March freeze | Migrate Beacon's database ahead of the March freeze
D | hard-positive | Keswick Foods signed a 3-year agreement. | Keswick Foods signed a three-year agreement.
D | hard-positive | Hand over the Orbis Freight account to Leila | Hand the Orbis Freight account over to Leila
D | hard-positive | Follow up with Chen Wei on the GPU order | Follow up with Chen on the GPU order
D | hard-positive | Confirm attendance for the Halcyon Health QBR | Confirm who attends the Halcyon Health QBR
D | hard-positive | Cloud GA plan: GCP in October, AWS in December, Azure in February. | Cloud GA plan as discussed: GCP (October), AWS (December), Azure (February).
D | hard-positive | Meridian Labs has roughly 1,600 people in engineering. | Meridian Labs has about 1600 people in engineering.
D | hard-positive | Priya first met the Keswick Foods team in 2018. | Priya's first meeting with the Keswick Foods team was in 2018.
D | hard-positive | Collect the signed NDA from Halcyon Health | Collect Halcyon Health's signed NDA
D | hard-positive | Update the Atlas roadmap with the Keswick Foods asks | Update the Atlas roadmap to include the Keswick Foods requests
D | hard-positive | Move the weekly sync to Thursdays | Move the weekly sync to Thursday
D | hard-positive | Compensation: Priya is flexible on structure if equity upside is meaningful. | Priya is flexible on compensation structure if the equity upside is meaningful.
D | hard-positive | Prepare a one-page summary of the Beacon outage for execs | Prepare a one page Beacon outage summary for the executives
D | hard-positive | Loop in Omar on the Orbis Freight escalation | Loop Omar into the Orbis Freight escalation
D | hard-positive | Sync with Marcus on renewal risk for Tarnhelm Bank | Meet with Marcus about the Tarnhelm Bank renewal risk
D | hard-positive | Draft the agenda for the Meridian Labs QBR @Myself 📅 2025-10-20 | Draft the agenda for the Meridian Labs QBR. @Myself ⏫ 📅 2025-10-20
D | hard-positive | Connect with Dmitri on the Pipelines product and its serverless layer | Reach out to Dmitri to understand his work on the Pipelines product and the serverless layer
D | hard-positive | Tarnhelm Bank will not use public cloud for customer data. | Tarnhelm Bank won't use the public cloud for customer data.
N | number | Order 2 PB of capacity for the Cobalt cluster | Order 20 PB of capacity for the Cobalt cluster
N | number | Hire 3 solutions engineers for the Nordics | Hire 5 solutions engineers for the Nordics
N | number | Raise the GPU quota to 64 for the training team | Raise the GPU quota to 128 for the training team
N | number | Run the load test at 10k requests per second | Run the load test at 50k requests per second
N | number | Reserve 4 racks in the Dallas site | Reserve 6 racks in the Dallas site
N | number | Keswick Foods signed a 3-year agreement. | Keswick Foods signed a 5-year agreement.
N | number | Orbis Freight runs 40 warehouses across Europe. | Orbis Freight runs 14 warehouses across Europe.
N | number | Meridian Labs has roughly 1,600 people in engineering. | Meridian Labs has roughly 600 people in engineering.
N | number | Cut cloud spend by 10% this year | Cut cloud spend by 15% this year
N | number | Keep p99 latency under 200 ms for the Beacon API | Keep p99 latency under 500 ms for the Beacon API
N | number | Book 2 hours with the Halcyon Health architects | Book 4 hours with the Halcyon Health architects
N | number | Priya has ~12 years at Orbis Freight. | Priya has ~2 years at Orbis Freight.
N | number | Send two proposals to Keswick Foods | Send three proposals to Keswick Foods
N | number | Provision 8 GPUs for the fine-tuning job | Provision 16 GPUs for the fine-tuning job
N | number | Extend the trial for Meridian Labs by 30 days | Extend the trial for Meridian Labs by 60 days
N | number | Grow the field team to 12 people | Grow the field team to 20 people
N | number | Replicate data to 3 regions | Replicate data to 2 regions
N | number | Upgrade the Cobalt cluster to v4.2 | Upgrade the Cobalt cluster to v4.3
N | number | Migrate the tenant to tier 2 storage | Migrate the tenant to tier 3 storage
N | number | Patch the 12 remaining nodes | Patch the 21 remaining nodes
N | unit | Order 2 PB of capacity for the Cobalt cluster | Order 2 TB of capacity for the Cobalt cluster
N | unit | Extend the trial by 2 weeks | Extend the trial by 2 months
N | unit | Keep the backup window under 4 hours | Keep the backup window under 4 minutes
N | quarter | Close the books for Q3 | Close the books for Q4
N | quarter | Approve the Q3 travel budget for the field team | Approve the Q4 travel budget for the field team
N | quarter | Share the Q1 board deck with Sofia | Share the Q2 board deck with Sofia
N | quarter | Present the FY25 plan to the leadership team | Present the FY26 plan to the leadership team
N | quarter | Hit the H1 pipeline target for the Nordics | Hit the H2 pipeline target for the Nordics
N | quarter | Publish the Q3 roadmap for Atlas | Publish the Q1 roadmap for Atlas
N | quarter | Keswick Foods will expand in Q2. | Keswick Foods will expand in Q4.
N | money | Budget $1M for the Atlas pilot | Budget $10M for the Atlas pilot
N | money | Offer a $50k discount to Orbis Freight | Offer a $5k discount to Orbis Freight
N | money | Target a $1B business per hyperscaler | Target a $100M business per hyperscaler
N | money | Approve the €200k services budget | Approve the €250k services budget
N | money | Cap the Meridian Labs deal at $2.5M | Cap the Meridian Labs deal at $3M
N | money | Halcyon Health's budget is $400k for the pilot. | Halcyon Health's budget is $40k for the pilot.
N | date | Close the Q3 books by October 10 | Close the Q3 books by October 17
N | date | Send the renewal quote by Oct 3 | Send the renewal quote by Oct 30
N | date | Move the weekly sync to Thursday | Move the weekly sync to Tuesday
N | date | Migrate the Beacon database before the March freeze | Migrate the Beacon database before the June freeze
N | date | Hold the offsite on 2025-11-04 | Hold the offsite on 2025-11-14
N | date | Cloud GA plan: GCP in October | Cloud GA plan: GCP in December
N | date | Run the security review at 10am | Run the security review at 3pm
N | date | Ship the Atlas connector in September | Ship the Atlas connector in November
N | date | Renew the Orbis Freight contract on 1 December | Renew the Orbis Freight contract on 1 January
N | date | Book the Keswick Foods workshop for Monday | Book the Keswick Foods workshop for Friday
N | assignee | Send the pricing deck to Priya Raman @Tomas Berg | Send the pricing deck to Priya Raman @Ana Souza
N | assignee | Book a follow-up with Keswick Foods @Ana Souza | Book a follow-up with Keswick Foods @Marcus Webb
N | assignee | Draft the migration runbook @Leila Haddad | Draft the migration runbook @Kenji Mori
N | assignee | Confirm GPU quota for the training cluster @Kenji Mori | Confirm GPU quota for the training cluster @Chen Wei
N | assignee | Prepare the renewal quote for Orbis Freight @Hugo Martin | Prepare the renewal quote for Orbis Freight @Greta Holm
N | assignee | Review the SOW with legal @Myself | Review the SOW with legal @Ines Duarte
N | assignee | Schedule the design review @Omar Farouk | Schedule the design review @Felix Brandt
N | assignee | Update the CRM notes for Meridian Labs @Sofia Lind | Update the CRM notes for Meridian Labs @Ravi Iyer
N | assignee | Collect feedback from pilot users @Elena Petrova | Collect feedback from pilot users @Dmitri Volkov
N | assignee | Share role descriptions with the candidate @Nadia Karim | Share role descriptions with the candidate @Tomas Berg
N | assignee | Write the Atlas release notes @Priya Raman | Write the Atlas release notes @Priya Lind
N | assignee | Provide availability for the interview loop @Myself | Provide availability for the interview loop @Leila Haddad
N | person | Send the pricing deck to Priya Raman | Send the pricing deck to Sofia Lind
N | person | Invite Sofia Lind to the architecture review | Invite Felix Brandt to the architecture review
N | person | Ask Chen Wei about the GPU quota | Ask Kenji Mori about the GPU quota
N | person | Talk to Marcus Webb about the renewal risk | Talk to Omar Farouk about the renewal risk
N | person | Introduce Sofia to the Halcyon Health platform team | Introduce Hugo to the Halcyon Health platform team
N | person | Ravi Iyer owns the connector. | Elena Petrova owns the connector.
N | person | Greta Holm will own the retention policy review. | Ines Duarte will own the retention policy review.
N | person | Set up monthly 1:1s with Elena Petrova | Set up monthly 1:1s with Elena Marsh
N | person | Move Felix to the services team under Greta | Move Felix to the services team under Omar
N | person | Follow up with Chen Wei on the GPU order | Follow up with Dmitri Volkov on the GPU order
N | person | Schedule Greta's onboarding session | Schedule Nadia's onboarding session
N | person | Loop in Omar on the Orbis Freight escalation | Loop in Leila on the Orbis Freight escalation
N | person | Send Kenji Mori the outage timeline | Send Tomas Berg the outage timeline
N | person | Plan introductions for Priya to Nadia and Dmitri | Plan introductions for Priya to Ines and Hugo
N | person | Ask Priya for the hiring plan | Ask Tomas for the hiring plan
N | company | Book a follow-up with Keswick Foods procurement | Book a follow-up with Orbis Freight procurement
N | company | Collect security questionnaire answers from Tarnhelm Bank | Collect security questionnaire answers from Halcyon Health
N | company | Prepare the renewal quote for Orbis Freight | Prepare the renewal quote for Meridian Labs
N | company | Set up the staging tenant for Halcyon Health | Set up the staging tenant for Keswick Foods
N | company | Keswick Foods will pilot Atlas in two regions. | Orbis Freight will pilot Atlas in two regions.
N | company | Review the SOW with Tarnhelm Bank's legal team | Review the SOW with Keswick Foods' legal team
N | company | Tarnhelm Bank requires on-premises key management. | Halcyon Health requires on-premises key management.
N | company | Draft the migration plan from AWS to Azure | Draft the migration plan from GCP to Azure
N | company | Evaluate Snowflake as the warehouse for the analytics team | Evaluate Databricks as the warehouse for the analytics team
N | company | Upgrade the Cobalt cluster firmware | Upgrade the Beacon cluster firmware
N | company | Document the failover procedure for Beacon | Document the failover procedure for Atlas
N | company | Schedule a workshop with Keswick Foods on data retention | Schedule a workshop with Tarnhelm Bank on data retention
N | company | Engage the Azure networking team about private link | Engage the AWS networking team about private link
N | company | Map the open support tickets for Orbis Freight | Map the open support tickets for Meridian Labs
N | company | Focus the new hire on Azure GTM first. | Focus the new hire on GCP GTM first.
N | negation | Share the pricing deck with Keswick Foods | Do not share the pricing deck with Keswick Foods
N | negation | Deploy to production on Fridays | Never deploy to production on Fridays
N | negation | Use the public cloud for customer data | Don't use the public cloud for customer data
N | negation | Tarnhelm Bank will use public cloud for customer data. | Tarnhelm Bank will not use public cloud for customer data.
N | negation | Include Hugo in the Beacon escalation list | Do not include Hugo in the Beacon escalation list
N | negation | Build out headcount in the Nordics | Avoid building out headcount in the Nordics
N | negation | Orbis Freight is renewing the support contract. | Orbis Freight is no longer renewing the support contract.
N | negation | Migrate the Beacon database before the freeze | Don't migrate the Beacon database before the freeze
N | negation | Send the recap to the whole Keswick Foods team | Send the recap without copying the whole Keswick Foods team
N | negation | Discount the renewal for Meridian Labs | Stop discounting the renewal for Meridian Labs
N | negation | Keswick Foods wants a dedicated tenant. | Keswick Foods does not want a dedicated tenant.
N | negation | Schedule the design review with the vendor present | Schedule the design review without the vendor present
N | negation | The team agreed to publish the benchmark results. | The team agreed not to publish the benchmark results.
N | negation | Record the customer call | Do not record the customer call
N | negation | Mention the roadmap dates to Orbis Freight | Never mention the roadmap dates to Orbis Freight
N | opposite | Approve the Q4 travel budget for the field team | Reject the Q4 travel budget for the field team
N | opposite | Add Hugo to the Beacon escalation list | Remove Hugo from the Beacon escalation list
N | opposite | Enable SSO for the Halcyon Health tenant | Disable SSO for the Halcyon Health tenant
N | opposite | Increase the GPU quota for the training team | Decrease the GPU quota for the training team
N | opposite | Open a support case with the storage vendor | Close the support case with the storage vendor
N | opposite | Start the Atlas pilot at Keswick Foods | Stop the Atlas pilot at Keswick Foods
N | opposite | Accept the revised SOW from Tarnhelm Bank | Decline the revised SOW from Tarnhelm Bank
N | opposite | Upgrade the Cobalt cluster firmware | Downgrade the Cobalt cluster firmware
N | opposite | Lock the release branch for v4 | Unlock the release branch for v4
N | opposite | Migrate the Beacon database before the freeze | Migrate the Beacon database after the freeze
N | opposite | Share the roadmap internally | Share the roadmap externally
N | opposite | Expand the Atlas pilot to the Nordics | Reduce the Atlas pilot in the Nordics
N | opposite | Buy the extra racks from Orbis Freight | Sell the extra racks to Orbis Freight
N | opposite | Hire a contractor for the data migration | Fire the contractor for the data migration
N | topic | Send the pricing deck to Priya Raman | Send the security whitepaper to Priya Raman
N | topic | Schedule a workshop with Keswick Foods on data retention | Schedule a workshop with Keswick Foods on disaster recovery
N | topic | Review the Beacon contract terms with legal | Review the Beacon privacy policy with legal
N | topic | Draft the migration runbook for the Cobalt cluster | Draft the capacity plan for the Cobalt cluster
N | topic | Update the pipeline forecast for Orbis Freight | Update the support escalation matrix for Orbis Freight
N | topic | Collect feedback from the pilot users at Halcyon Health | Collect invoices from the pilot users at Halcyon Health
N | topic | Ask Chen Wei about the GPU quota | Ask Chen Wei about the travel policy
N | topic | Prepare the renewal quote for Orbis Freight | Prepare the incident report for Orbis Freight
N | topic | Confirm the renewal date with Orbis Freight | Confirm the billing address with Orbis Freight
N | topic | Set up the staging tenant for Halcyon Health | Set up the billing account for Halcyon Health
N | topic | Document the failover procedure for Beacon | Document the onboarding procedure for Beacon
N | topic | Share role descriptions with the candidate | Share interview feedback with the candidate
N | topic | Define the interview loop for the architect role | Define the compensation band for the architect role
N | topic | Halcyon Health prefers quarterly business reviews. | Halcyon Health prefers annual pricing commitments.
N | topic | Keswick Foods will pilot Atlas in two regions. | Keswick Foods will pilot Beacon in two regions.
N | topic | Orbis Freight wants Atlas deployed in their own tenant. | Orbis Freight wants Atlas priced per warehouse.
N | topic | Engage networking to evaluate the private link option | Engage finance to evaluate the leasing option
N | topic | Create a slide quantifying storage gaps | Create a slide quantifying compute gaps
N | topic | Catalog in-flight opportunities | Catalog in-flight support escalations
N | topic | Book travel for the Keswick Foods workshop | Book a room for the Keswick Foods workshop
N | topic | Send the signed contract to Tarnhelm Bank | Send the draft contract to Tarnhelm Bank
N | topic | Migrate the Beacon database to the new region | Back up the Beacon database in the new region
N | topic | Write the Atlas release notes | Write the Atlas installation guide
N | topic | Confirm preferred role scope and share availability for interviews | Confirm compensation expectations and share availability for interviews
N | topic | Review the SOC 2 report from Tarnhelm Bank | Review the penetration test report from Tarnhelm Bank
N | topic | Follow up with Chen Wei on the GPU order | Follow up with Chen Wei on the laptop order
N | topic | Invite Sofia Lind to the architecture review | Invite Sofia Lind to the holiday party
N | topic | Keswick Foods signed a 3-year agreement. | Keswick Foods signed a 3-year reseller agreement with Orbis Freight.
N | topic | Ravi Iyer owns the connector. | Ravi Iyer owns the billing service.
N | topic | Network egress is a major adoption risk. | Network latency is a major adoption risk.
N | party | Sign the reseller agreement | Sign the reseller agreement with Meridian Labs
N | party | Plan a joint webinar with Halcyon Health | Plan a joint webinar with Halcyon Health and Tarnhelm Bank
N | party | Brightline Energy agreed to a two-year renewal. | Brightline Energy agreed to a two-year renewal with Norrland Capital as co-signer.
N | party | Share the roadmap deck | Share the roadmap deck with Greta Holm
N | party | Set up a pilot call | Set up a pilot call between Vesper Retail and Calder Systems
D | detail-example | Introduce the customer to reference accounts | Introduce the customer to reference accounts (e.g. Norrland Capital or Vesper Retail)
D | detail-example | Line up design partners for the beta | Line up design partners for the beta, such as Calder Systems and Brightline Energy
D | detail-example | Invite the platform leads to the review | Invite the platform leads to the review, including Jonas Holm and Aiko Mori
D | detail-example | Book the offsite venue | Book the offsite venue for Pellucid Media's leadership team
D | detail-example | Enable audit logging for the staging tenant | Enable audit logging for the staging tenant with SSO
N | mixed | Send the Q3 pricing deck to Priya Raman @Tomas Berg | Send the Q4 pricing deck to Priya Raman @Ana Souza
N | mixed | Order 2 PB for Keswick Foods | Order 20 PB for Orbis Freight
N | mixed | Do not share the Q3 numbers with Orbis Freight | Share the Q3 numbers with Orbis Freight
N | mixed | Hire 3 engineers in Q1 | Hire 3 engineers in Q2
N | mixed | Remove Hugo from the list in March | Add Hugo to the list in March
D | relative | Send the renewal quote to Orbis Freight this week | Send the renewal quote to Orbis Freight by EOW
D | relative | Send the renewal quote to Orbis Freight by the end of the week | Send the renewal quote to Orbis Freight this week
D | relative | Send the renewal quote to Orbis Freight next week | Send the renewal quote to Orbis Freight the following week
D | relative | Finish the Tarnhelm Bank questionnaire by EOM | Complete the Tarnhelm Bank questionnaire by the end of the month
D | relative | Send the renewal quote to Orbis Freight ASAP | Send the renewal quote to Orbis Freight as soon as possible
N | relative | Send the renewal quote to Orbis Freight this week | Send the renewal quote to Orbis Freight next week
N | relative | Ship the Atlas connector fix this sprint | Ship the Atlas connector fix next sprint
N | relative | Close the Meridian Labs deal this quarter | Close the Meridian Labs deal next quarter
N | relative | Send the renewal quote to Orbis Freight by Friday | Send the renewal quote to Orbis Freight by next Friday
N | relative | Keswick Foods renewal is due in Q3 | Keswick Foods renewal is due in Q3 next year
N | relative | Halcyon Health revenue grew this year | Halcyon Health revenue grew last year
N | relative | Hit the Nordics pipeline target this year | Hit the Nordics pipeline target next year
D | frequency | Weekly sync with Keswick Foods | Meet Keswick Foods every week
D | frequency | Review the Beacon access logs every 7 days | Review the Beacon access logs weekly
D | frequency | Review the Atlas dashboard every two weeks | Review the Atlas dashboard biweekly
D | frequency | Sync with Orbis Freight once a week | Weekly sync with Orbis Freight
N | frequency | Meet with Keswick Foods every week | Meet with Keswick Foods every other week
N | frequency | Review the Atlas dashboard weekly | Review the Atlas dashboard biweekly
N | frequency | Sync with Orbis Freight weekly | Sync with Orbis Freight twice a week
N | frequency | Send the weekly report to Halcyon Health | Send the monthly report to Halcyon Health
D | duration | Extend the Keswick Foods trial by 30 days | Extend the Keswick Foods trial by a month
D | duration | Extend the Keswick Foods trial by 30 days | Extend the Keswick Foods trial by 4 weeks
D | duration | Keep the Beacon audit logs for 90 days | Keep the Beacon audit logs for three months
D | duration | Give Orbis Freight a 30-day payment window | Give Orbis Freight a one-month payment window
D | duration | Meridian Labs wants a 12-month contract | Meridian Labs wants a one-year contract
N | duration | Run a 6-week pilot with Keswick Foods | Run a one-month pilot with Keswick Foods
N | duration | Extend the Keswick Foods trial by 30 days | Extend the Keswick Foods trial by 3 months
N | direction | Migrate Meridian Labs from AWS to Azure | Migrate Meridian Labs from Azure to AWS
N | direction | Move the weekly sync from Tuesday to Thursday | Move the weekly sync from Thursday to Tuesday
N | direction | Transfer the Orbis Freight account from Leila to Hugo | Transfer the Orbis Freight account from Hugo to Leila
N | direction | Send the Keswick Foods case study to Tarnhelm Bank | Send the Tarnhelm Bank case study to Keswick Foods
N | direction | Forward the email from Halcyon Health to legal | Forward the email from legal to Halcyon Health
N | direction | Move the call to Thursday | Move the Thursday call to Friday
D | direction | Introduce Hugo to the Tarnhelm Bank CFO | Introduce the Tarnhelm Bank CFO to Hugo
D | direction | Send the deck to Priya and the notes to Tomas | Send the notes to Tomas and the deck to Priya
D | direction | Migrate Meridian Labs to Azure | Migrate Meridian Labs from AWS to Azure
D | phrasal | Loop in legal on the Tarnhelm Bank renewal | Bring legal in on the Tarnhelm Bank renewal
D | phrasal | Pull in security for the Halcyon Health questionnaire | Involve security in the Halcyon Health questionnaire
D | phrasal | Rope in procurement for the Keswick Foods PO | Loop in procurement on the Keswick Foods purchase order
D | phrasal | Turn on SSO for the Halcyon Health tenant | Enable SSO for the Halcyon Health tenant
D | phrasal | Leave the SLA out of the Orbis Freight proposal | Exclude the SLA from the Orbis Freight proposal
D | phrasal | Call off the Thursday sync with Meridian Labs | Cancel the Thursday sync with Meridian Labs
D | phrasal | Sign off on the Orbis Freight discount | Approve the Orbis Freight discount
D | phrasal | Come up with a pricing proposal for Keswick Foods | Put together a pricing proposal for Keswick Foods
D | phrasal | Find time with the Tarnhelm Bank CFO | Set up a meeting with the Tarnhelm Bank CFO
D | phrasal | Schedule a meeting with Halcyon Health | Send Halcyon Health a meeting invite
D | phrasal | Let Orbis Freight know about the delay | Inform Orbis Freight about the delay
N | phrasal | Turn on MFA for the Halcyon Health tenant | Turn off MFA for the Halcyon Health tenant
N | phrasal | Turn MFA on for the Halcyon Health tenant | Turn MFA off for the Halcyon Health tenant
N | phrasal | Include the SLA in the Orbis Freight proposal | Leave the SLA out of the Orbis Freight proposal
N | phrasal | Sign off on the Orbis Freight discount | Veto the Orbis Freight discount
D | urging | Don't forget to send the renewal quote to Orbis Freight | Send the renewal quote to Orbis Freight
D | urging | No later than Friday, send Keswick Foods the quote | Send Keswick Foods the quote by Friday
N | urging | Don't renew the Beacon licence | Renew the Beacon license
N | urging | Halcyon Health supports SAML | Halcyon Health lacks SAML support
D | verb-start | Reply to the Tarnhelm Bank RFP | Respond to the Tarnhelm Bank RFP
D | verb-start | Notify Keswick Foods of the delay | Tell Keswick Foods about the delay
D | verb-start | Demo the roadmap to Meridian Labs | Present the roadmap to Meridian Labs
D | verb-start | Speak with finance about the Orbis Freight discount | Talk to finance about the Orbis Freight discount
D | synonym | Buy licences for the Atlas pilot | Purchase licenses for the Atlas pilot
D | synonym | Deploy the Beacon fix to prod | Deploy the Beacon fix to production
D | synonym | Fix the CSV export bug in Atlas | Resolve the CSV export issue in Atlas
D | label | Ask Tarnhelm Bank for their SOC2 report | Ask Tarnhelm Bank for their SOC 2 report
D | label | Renew the ISO 27001 certificate for Beacon | Renew the ISO-27001 certificate for Beacon
D | label | Approve PO 4471 for Keswick Foods | Approve purchase order 4471 for Keswick Foods
N | label | Renew the ISO 27001 certificate for Beacon | Renew the ISO 9001 certificate for Beacon
N | label | Approve PO 4471 for Keswick Foods | Approve PO 4417 for Keswick Foods
N | opposite-more | Grant Hugo admin access to the Beacon tenant | Revoke Hugo's admin access to the Beacon tenant
N | opposite-more | Import the Halcyon Health users | Export the Halcyon Health users
N | opposite-more | Renew the Orbis Freight contract | Terminate the Orbis Freight contract
N | opposite-more | Block the Cobalt migration | Unblock the Cobalt migration
D | slip | Sned the pricing deck to Keswick Foods | Send the pricing deck to Keswick Foods
D | slip | Review the Tarnhelm Bank contarct | Review the Tarnhelm Bank contract
D | slip | Recieve the signed order form from Orbis Freight | Receive the signed order form from Orbis Freight
D | slip | Send the security questionaire to Halcyon Health | Send the security questionnaire to Halcyon Health
D | slip | Confirm the renewal date with Meridain Labs | Confirm the renewal date with Meridian Labs
N | slip | Extend the Atlas trial | Extend the Atlas trail
N | slip | Update the contract list for Orbis Freight | Update the contact list for Orbis Freight
N | slip | Send the deck to Karen Holm | Send the deck to Karin Holm
N | possessive | Send the agenda to Priya | Send the agenda to Priya's manager
N | possessive | Send the pricing deck to Orbis Freight | Send the pricing deck to Orbis Freight's competitor
N | possessive | Share the case study with Keswick Foods | Share the case study with Keswick Foods' customers
D | possessive | Share the case study with Keswick Foods' team | Share the case study with Keswick Foods
D | passive | Send the Q4 board deck to Maren | Q4 board deck to be sent to Maren
D | passive | Share the revised SOW with Tidemark Insurance | Revised SOW should be shared with Tidemark Insurance
D | passive | Marketing to update the pricing page | The pricing page will be updated by marketing
D | passive | Review the Ferncliff security questionnaire | Ferncliff security questionnaire needs to be reviewed
D | nominal | Review the Ferncliff security questionnaire | Ferncliff security questionnaire review
D | nominal | Migrate the billing service to the new cluster | Migration of the billing service to the new cluster
D | nominal | Renew the Tidemark support contract | Renewal of the Tidemark support contract
D | nominal | Delivery of the deck to Tidemark | Deliver the deck to Tidemark
D | nominal | Preparation of the QBR deck for Sablewood | Prepare the QBR deck for Sablewood
D | nominal | Rollout of SSO to all Tidemark users | Roll out SSO to all Tidemark users
D | nominal | Verification of the Sablewood invoices | Verify the invoices from Sablewood
D | nominal | Optimization of the Ferncliff search queries | Optimise the search queries for Ferncliff
D | owner-moved | Maren to send the pricing deck to Sablewood | Send the pricing deck to Sablewood @Maren Quist
D | owner-moved | **Dario:** draft the data processing addendum | Draft the data processing addendum @Dario Feld
D | owner-moved | Send the pricing deck to Sablewood @Maren Quist Quist | Maren to send the pricing deck to Sablewood
D | owner-moved | I'll send the recap to Tidemark | Send the recap to Tidemark @Myself
D | owner-moved | Maren owns sending the deck to Tidemark | Send the deck to Tidemark @Maren Quist
D | date-moved | Send the revised quote to Sablewood by Friday | Send the revised quote to Sablewood 📅 2025-10-31
D | date-moved | Submit the Ferncliff expense report by Oct 31 | Submit the Ferncliff expense report 📅 2025-10-31
D | abbrev | Review the PR for the export fix | Review the pull request for the export fix
D | abbrev | Review PRs for the retry fix | Review the pull requests for the retry fix
D | abbrev | Upgrade the k8s cluster to 1.29 | Upgrade the Kubernetes cluster to 1.29
D | abbrev | Set up the CI pipeline for the mobile app | Set up the continuous integration pipeline for the mobile app
D | abbrev | Schedule the Q4 QBR with Ferncliff | Schedule the Q4 quarterly business review with Ferncliff
D | abbrev | Send the MSA redlines to legal | Send the master services agreement redlines to legal
D | spelling | Finalise the pricing for the Sablewood renewal | Finalize the pricing for the Sablewood renewal
D | spelling | Prioritise the catalogue migration | Prioritize the catalog migration
D | spelling | Defence review for the licence renewal | Defense review for the license renewal
D | spelling | Grey out the disabled buttons | Gray out the disabled buttons
D | number-word | Hire two solutions engineers for EMEA | Hire 2 solutions engineers for EMEA
D | number-word | Send the 1st draft to legal | Send the first draft to legal
D | number-word | Schedule the second workshop with Ferncliff | Schedule the 2nd workshop with Ferncliff
D | slip | Send the agenda to the steering comittee | Send the agenda to the steering committee
D | slip | Send the agenda to the stearing committee | Send the agenda to the steering committee
D | slip | Confirm the renewel terms with Tidemark | Confirm the renewal terms with Tidemark
D | slip | Recieve the singed order form and the security questionnaire from Ferncliff procurement | Receive the signed order form and the security questionnaire from Ferncliff procurement
D | markup | • Send the revised SOW to Tidemark | Send the revised SOW to Tidemark
D | markup | 1) Draft the rollout plan for Sablewood | Draft the rollout plan for Sablewood
D | markup | Next step: book the security review with Ferncliff | Book the security review with Ferncliff
D | step-not | Schedule time with Maren for the QBR prep | Schedule the QBR prep with Maren
D | step-not | Send a follow-up email to Ferncliff with the pricing deck | Send the pricing deck to Ferncliff
D | step-not | TODO confirm the renewal date with Tidemark | Confirm the renewal date with Tidemark
D | step-not | Quickly confirm the renewal date with Tidemark | Confirm the renewal date with Tidemark
D | step-not | Review and sign the Ferncliff NDA | Sign the Ferncliff NDA
N | owner-moved | Maren to send the pricing deck to Sablewood | Send the pricing deck to Sablewood @Dario Feld
N | owner-moved | **Dario:** draft the data processing addendum | **Yusuf:** draft the data processing addendum
N | owner-moved | Renewal forecast to be updated by Dario | Yusuf to update the renewal forecast
N | owner-moved | I'll send the recap to Tidemark | Maren will send the recap to Tidemark
N | owner-moved | Send the recap to Tidemark @Myself | Maren to send the recap to Tidemark
N | date-moved | Send the deck to Tidemark 📅 2025-10-31 | Send the deck to Tidemark by November 14
N | date-moved | Send the agenda by October 30 | Send the agenda 📅 2025-10-31
N | version | Upgrade the Ferncliff tenant to v2 | Upgrade the Ferncliff tenant to v3
N | version | Upgrade the k8s cluster to 1.29 | Upgrade the Kubernetes cluster to 1.30
N | number-word | Send the first draft to legal | Send the second draft to legal
N | number-word | Hire two solutions engineers for EMEA | Hire three solutions engineers for EMEA
N | opposite-more | Send the signed NDA to Ferncliff | Get the signed NDA from Ferncliff
N | opposite-more | Upload the logs to the shared drive | Download the logs from the shared drive
N | opposite-more | Invite Tidemark to the beta | Remove Tidemark from the beta
N | step | Launch the partner portal | Write the launch announcement for the partner portal
N | step | Set up the staging environment for Tidemark | Set up monitoring for the Tidemark staging environment
N | step | Draft the SOW for Tidemark | Send the SOW draft to Tidemark legal for review
N | step | Migrate the billing service | Write the rollback plan for the billing service migration
N | step | Book the QBR with Sablewood | Book a room for the QBR with Sablewood
N | step | Review the pricing deck | Schedule a review of the pricing deck
N | step | Send the invoice to Tidemark | Send a reminder to Tidemark about the invoice
N | step | Write the export fix | Write tests for the export fix
N | topic | Review the PR for the export fix | Review the PR for the import fix
N | topic | Schedule a call with Ferncliff about pricing | Schedule a call with Ferncliff about security
N | topic | Hire a solutions engineer for EMEA | Hire a solutions engineer for APAC
`;

export const PAIRS: LabelledPair[] = RAW.split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 0)
  .map((l) => {
    const [label, kind, a, b] = l.split(' | ').map((p) => p.trim());
    return { label: label as PairLabel, kind, a, b };
  });
