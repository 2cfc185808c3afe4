/**
 * People: one canonical person from every way their name is written.
 *
 * Names reach us as `participants`, `person`, `counterpart: "[[Name]]"`,
 * `**With**:` lines, `@assignees`, `[[links|aliases]]` and the `aliases:` of
 * people notes, written every way a hurried human or a transcription model
 * writes them: `@Lior Genzel Genzel`, `Cagla Yildiz` for `Çağla Yıldız`,
 * `Lior`, `M. Quenneville`, `@Myself`, `@HR`, `@TBD`.
 *
 * The pieces, in the order a written name goes through them:
 * 1. `cleanName` — strip `@`, link brackets, quotes, honorifics, `(CTO)`;
 *    turn `lior.genzel` / `Lior_Genzel` / `LiorGenzel` into `Lior Genzel`.
 * 2. `placeholderOf` / `isOwnerWord` / `roleOf` — `@TBD` is nobody, `@Myself`
 *    is the vault owner, `@HR` is a role: none of them are people.
 * 3. `mendDoubledName` — `Lior Genzel Genzel` → `Lior Genzel`.
 * 4. `NameResolver` — match against the people we know (declared in people
 *    notes, or written in full somewhere), accent- and case-blind; first
 *    names and initials go to the one person who fits, looking first among
 *    the meeting's participants; anything else stays unresolved.
 * 5. `collectPeople` — the whole vault's mentions in, the people list out.
 */
import { foldAccents } from '../text';
import { NAME_PARTICLES } from '../parse/values';
import { finish, pacer, type Steps } from '../steps';

// ─── Cleaning a written name ─────────────────────────────────────────────────

const HONORIFIC = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|herr|frau|mme|mlle|sra|srta|dott|rev|hon)\.?\s+)+/i;
/** Degrees and generational suffixes after a name: `Ann Lee PhD`, `Ann Lee Jr.`, `Ann Lee III`. */
const DEGREE = /,?\s+(?:ph\.?\s?d|mba|md|esq|cpa|pmp|cfa|jr|sr|ii|iii|iv)\.?$/i;
/** An e-mail address standing alone, perhaps in angle brackets or after `mailto:`. */
const BARE_EMAIL = /^<?\s*(?:mailto:)?([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})\s*>?$/i;
/**
 * Where what follows a name says where they work or what they do: `Ann Lee - Acme`, `Ann Lee | CTO`,
 * `Ann Lee @ Acme`, `Ann Lee from Acme`, `Someone at Acme`. Only spaced dashes: `Dubois-Marchand` is one name.
 */
const AFFILIATION = /\s+(?:[-–—|@•·]|from|at)\s+\S.*$/i;
/** Pronouns written after a name without brackets, as profiles show them: `Ann Lee she/her`, `Ann Lee they/them/theirs`. */
const PRONOUNS = /\s+(?:she|he|they|ze|xe|zie|ey|per)\s*\/\s*(?:her|hers|him|his|they|them|theirs|she|he|zir|hir|xem|em|per)(?:\s*\/\s*[a-z]+)?\.?$/i;
/**
 * A chat status beside a name: an emoji (`Ann Lee 🌴`, `🎧 Ann Lee`), with the joiners, variation selectors, skin
 * tones and flags that build it, or its shortcode (`:palm_tree:`) — standing apart as a word of its own. A sign
 * inside a word is no status: `AurÃ©lie` is mis-decoded text, which the repair reads, not something to cut.
 */
const STATUS_EMOJI = /(?:^|\s)(?:(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0F|\u20E3)+|:[a-z0-9_+-]+:)(?=\s|$)/giu;
/** `Ann Lee, Acme`, `Ann Lee, VP Sales`: a name of two words or more, then a comma and anything. */
const COMMA_AFFILIATION = /^([^,]*\S\s+\S[^,]*),.*$/u;

/**
 * `Surname, Given` written the way directories and e-mail clients list people, turned round: `Ruiz, Ana`,
 * `Ruiz, A.`, `Ruiz, Ana M.`, `de la Cruz, Rosa`, `Smith-Jones, Mary-Jane`. A surname of two words
 * without a particle (`García López, José María`) reads the same as a name and where they work
 * (`Ana Ruiz, Initech`), so it is left to the affiliation rule; so is a role after the comma (`Lee, CTO`).
 */
function reversedName(s: string): string | null {
  const m = /^([^,]+),\s*([^,]+)$/u.exec(s);
  if (!m) return null;
  const surname = m[1].trim().split(/\s+/);
  const given = m[2].trim().split(/\s+/);
  if (given.length > 3 || !given.every((w) => /^\p{L}[\p{L}'’-]*\.?$/u.test(w))) return null;
  if (!given.some((w) => /^\p{L}[\p{L}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w))) return null;
  if (!surname.every((w) => /^[\p{L}'’-]+$/u.test(w))) return null;
  const particled = surname.length > 1 && surname.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()));
  if (surname.length > 1 && !particled) return null;
  if (given.some((w) => ROLE_WORDS.has(looseKey(w)))) return null;
  return `${given.join(' ')} ${surname.join(' ')}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * A written name with its decoration removed, as close to "First Last" as the
 * text allows. Doubled surnames are left for `mendDoubledName`.
 *
 * `@Lior Genzel` → `Lior Genzel`; `[[People/Lior Genzel|Lior]]` → `Lior Genzel`
 * (the link's target names the note; the alias is one more written form);
 * `"Dr. Ann Lee (CTO)"` → `Ann Lee`; `ann.lee@example.com`, `@ann_lee`,
 * `Lee, Ann` → `Ann Lee`; `Ann's` → `Ann`.
 */
export function cleanName(written: string): string {
  return cleanedName(written);
}

const MEMO_MAX_LENGTH = 200;
const MEMO_MAX_SIZE = 50_000;

/**
 * `fn` answering each string once. Vaults write the same names over and over, and every check here starts
 * by cleaning and folding them. Names are short, so longer strings are not kept, and each memo is capped.
 * Only for functions whose result is never changed by a caller.
 */
function memoise<T>(fn: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let out = known.get(s);
    if (out === undefined) {
      if (s.length > MEMO_MAX_LENGTH) return fn(s);
      const own = ownCopy(s);
      out = fn(own);
      if (known.size >= MEMO_MAX_SIZE) known.clear();
      known.set(own, out);
    }
    return out;
  };
}

/**
 * The same text in a string of its own. A name cut from a note may be a slice that keeps the whole note's
 * text alive; memos outlive the notes, so they keep copies (and what is derived from them) instead.
 */
function ownCopy(s: string): string {
  return `\u0000${s}`.slice(1);
}

const cleanedName = memoise(cleanOnce);

function cleanOnce(written: string): string {
  let s = written.normalize('NFC');
  s = s.replace(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g, (_, target: string) =>
    (target.split('/').pop() ?? '').replace(/\.md$/i, ''),
  );
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // [Name](mailto:…)
  const email = BARE_EMAIL.exec(s.trim());
  if (email) s = email[1]; // <ann.lee@example.com>, mailto:ann.lee@example.com: the address is all there is
  s = s.replace(/\s*<[^>]*@[^>]*>/g, ''); // Ann Lee <ann@example.com>
  s = s.replace(/[*`~]+/g, ' ').replace(STATUS_EMOJI, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[@+\s]+/, '');
  // (CTO), [VAST]; but `(me)` or `(Ann Lee)` written alone is the name itself.
  const unbracketed = s.replace(/\s*[([{][^)\]}]*[)\]}]/g, ' ').trim();
  s = /[\p{L}\p{N}]/u.test(unbracketed) ? unbracketed : s.replace(/[()[\]{}]/g, ' ').trim();
  s = s.replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').trim();
  s = s.replace(AFFILIATION, '').replace(PRONOUNS, '');
  const turned = reversedName(s);
  if (turned) s = turned;
  else s = s.replace(COMMA_AFFILIATION, '$1').trim();
  s = s.replace(/@[\w.-]+\.[a-z]{2,}$/i, ''); // an e-mail address keeps its local part
  if (!/\s/.test(s)) {
    // Handles: lior.genzel, Lior_Genzel, lior-genzel (only when every part is a word of 2+ letters).
    if (/^\p{L}{2,}(?:[._]\p{L}{2,})+$/u.test(s)) s = s.split(/[._]/).map(capitalise).join(' ');
    else if (/^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u.test(s)) s = s.split('-').map(capitalise).join(' ');
    // CamelCase (`LiorGenzel`) is left whole: far more companies (`NetApp`) are written so than
    // people. The resolver still matches it to a known `Lior Genzel`.
  }
  s = s.replace(/_/g, ' ');
  s = s.replace(HONORIFIC, '').replace(DEGREE, '');
  s = s.replace(/['’]s$/i, '');
  s = s.replace(/[\s,;:!?)\]-]+$/, '').replace(/(\p{L}{2,})\.$/u, '$1');
  const reversed = /^([\p{L}'’-]+),\s*([\p{L}'’-]+(?:\s[\p{L}'’-]+)?)$/u.exec(s); // "Lee, Ann", "Lee, Ann Marie"
  if (reversed) s = `${reversed[2]} ${reversed[1]}`;
  return s.replace(/\s+/g, ' ').trim();
}

/** The alias of a `[[Target|Alias]]` link, when the written form is one. */
export function linkAlias(written: string): string | null {
  const m = /\[\[[^\]|]*\|([^\]]+)\]\]/.exec(written);
  return m ? m[1].trim() || null : null;
}

/** Split a `**With**:` or `participants` string: `Ann Lee, Bo Chen and Cy Diaz` → three names. */
export function splitNameList(value: string): string[] {
  return value
    .split(/\s*(?:[,;]|\s&\s|\band\b|\n)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A full name's spelling, case-blind but with its accents: `Ana Ruíz` and `ANA RUÍZ` share `ana ruíz`, `Ana Ruiz` does not. */
function spellingOf(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One word's matching key: accent- and case-blind, without dots and apostrophes. */
function tokenKey(word: string): string {
  return foldAccents(word).replace(/[.'’`]/g, '');
}

/** The matching key of a whole name: `Çağla  Yıldız` and `cagla yildiz` share `cagla yildiz`. */
export function nameKey(name: string): string {
  return tokensOf(name).join(' ');
}

/** A name's key tokens; shared between callers, who only read them. */
const tokensOf: (name: string) => readonly string[] = memoise(tokensOnce);

function tokensOnce(name: string): string[] {
  return foldAccents(name)
    .replace(/['’`]/g, '')
    .replace(/\./g, ' ')
    .replace(/[-_]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/**
 * `Lior Genzel Genzel` → `Lior Genzel`, `Lior Genzel Lior Genzel` → `Lior Genzel`,
 * `Ann Ann Lee` → `Ann Lee`. A two-word name (`Genzel Genzel`) stays as it is:
 * nothing says which half is the mistake, and some people are named that way.
 */
export function mendDoubledName(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 3) return words.join(' ');
  const keys = words.map(tokenKey);
  if (words.length % 2 === 0) {
    const half = words.length / 2;
    if (keys.slice(0, half).join(' ') === keys.slice(half).join(' ')) return words.slice(0, half).join(' ');
  }
  const kept = words.filter((_, i) => i === 0 || keys[i] !== keys[i - 1]);
  return kept.length >= 2 ? kept.join(' ') : words.join(' ');
}

// ─── Roles, placeholders and the owner ──────────────────────────────────────

/** Written where an owner goes, but meaning nobody yet. */
const PLACEHOLDERS = new Set([
  'tbd', 'tba', 'tbc', 'tbs', 'tbn', 'unassigned', 'unknown', 'someone', 'somebody', 'anyone', 'anybody', 'none',
  'nobody', 'na', 'n a', 'nil', 'null', 'owner', 'owner tbd', 'to be determined', 'to be assigned', 'to be confirmed',
  'whoever', 'x', 'xx', 'xxx', 'tk', 'pending', 'open',
  // A template's stand-in for the name, left unfilled: `@Assignee`, `@[Name]`, `@First Last`, `@owner-name`.
  'assignee', 'assignee name', 'name', 'names', 'person', 'person name', 'owner name', 'your name', 'full name', 'first last',
  'firstname lastname', 'first name last name', 'first name', 'last name', 'name surname', 'firstname', 'lastname',
]);

/** Words meaning the one who writes the notes. */
const OWNER_WORDS = new Set(['myself', 'me', 'i', 'self', 'my self', 'moi', 'yours truly', 'mine']);

/** A team, function or crowd: written like a name, never a person. */
const ROLE_WORDS = new Set([
  'hr', 'people ops', 'team', 'all', 'everyone', 'everybody', 'all hands', 'legal', 'finance', 'sales', 'eng', 'engineering',
  'pm', 'pmm', 'pmo', 'product', 'marketing', 'ops', 'operations', 'it', 'support', 'security', 'procurement', 'design',
  'qa', 'devops', 'sre', 'cs', 'csm', 'se', 'ses', 'sa', 'bd', 'bdr', 'sdr', 'gtm', 'exec', 'execs', 'executives',
  'leadership', 'management', 'admin', 'recruiting', 'recruiter', 'recruiters', 'talent', 'partners', 'partner',
  'customer', 'customers', 'client', 'clients', 'vendor', 'vendors', 'us', 'we', 'they', 'them', 'both', 'group', 'board',
  'committee', 'staff', 'founders', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'ciso', 'cmo', 'cro', 'vp', 'svp', 'evp',
  'alliances', 'accounting', 'payroll', 'facilities', 'research', 'infra', 'infrastructure', 'platform', 'helpdesk',
  'compliance', 'privacy', 'pr', 'comms', 'communications', 'ux', 'ui', 'data', 'analytics', 'proserve', 'services',
  'channel', 'field', 'presales', 'account team', 'the team', 'our team', 'their team', 'manager', 'my manager', 'lead',
  // Functions named in two words: `Customer Success`, `Business Development`, `Sales Engineering`, `Deal Desk`.
  'success', 'development', 'business', 'revenue', 'revops', 'salesops', 'enablement', 'solutions', 'solution',
  'engineer', 'engineers', 'architect', 'architects', 'account', 'accounts', 'deal', 'desk', 'sourcing', 'purchasing',
  'contracts', 'treasury', 'tax', 'audit', 'risk', 'care', 'experience', 'cx', 'ae', 'aes', 'people', 'ops team',
  // Who a transcript or an agenda speaks of without naming them.
  'host', 'cohost', 'co host', 'organizer', 'organiser', 'moderator', 'facilitator', 'presenter', 'interviewer',
  'interviewee', 'candidate', 'attendee', 'attendees', 'participants', 'panel', 'panelist', 'panelists', 'audience',
  'other', 'others', 'other side',
  // A chat's crowds (`@here`, `@channel`), several people at once, and engineering's own functions.
  'here', 'various', 'multiple', 'several', 'many', 'frontend', 'front end', 'backend', 'back end', 'fullstack', 'full stack',
  'mobile', 'web', 'ios', 'android', 'science', 'ml', 'devrel', 'tooling',
]);
/** A name ending in one of these is a group: `Sales Team`, `CTO Office`, `Legal Dept`. */
const TEAM_WORDS = new Set([
  'team', 'teams', 'group', 'groups', 'dept', 'department', 'squad', 'org', 'organization', 'organisation', 'office',
  'committee', 'board', 'crew', 'staff', 'leadership', 'council', 'ops', 'channel', 'guild', 'function', 'unit', 'desk',
  'pod', 'tribe', 'chapter', 'folks', 'side', 'everyone', 'all',
]);
const JOINERS = new Set(['and', '&', 'the', 'our', 'their', 'my', 'your', 'of', '+', '/', 'else']);
/** A group named with its team word first: `Team Acme`, `Squad Payments`. */
const LEADING_TEAM_WORDS = new Set(['team', 'teams', 'squad', 'tribe', 'guild']);

const looseKey = memoise(looseKeyOnce);

function looseKeyOnce(written: string): string {
  return foldAccents(written)
    .replace(/[^\p{L}\p{N}&+/ ]+/gu, ' ')
    .replace(/\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for `TBD`, `N/A`, `Unassigned`, `Someone`, `?`: written where an owner goes, meaning none. */
export function isPlaceholder(written: string): boolean {
  const cleaned = cleanName(written);
  if (/^[?\s\-–—.]*$/.test(cleaned)) return true;
  return PLACEHOLDERS.has(looseKey(cleaned));
}

/** True for `@Myself`, `Me`, `I`, `Self`. */
export function isOwnerWord(written: string): boolean {
  return OWNER_WORDS.has(looseKey(cleanName(written)));
}

/**
 * The role a written name stands for (`HR`, `Sales Team`), or null. Known role
 * words and anything ending in a team word are roles; an unknown all-caps
 * token is judged by the resolver, since it may be someone's initials.
 */
export function roleOf(written: string): string | null {
  const cleaned = cleanName(written);
  const key = looseKey(cleaned);
  if (key.length === 0) return null;
  if (ROLE_WORDS.has(key)) return cleaned;
  const words = key.split(' ');
  if (words.length > 1 && (TEAM_WORDS.has(words[words.length - 1]) || LEADING_TEAM_WORDS.has(words[0]))) return cleaned;
  if (words.every((w) => ROLE_WORDS.has(w) || JOINERS.has(w))) return cleaned;
  return null;
}

/** Short all-caps tokens (`GTM`, `SE`, `PMO`) read as roles when they are nobody's initials. */
function isAllCapsToken(cleaned: string): boolean {
  return /^\p{Lu}{2,5}s?$/u.test(cleaned);
}

/** Words that do not occur in people's names: a "name" holding one is a document, a product or a company. */
const NOT_NAME_WORDS = new Set([
  'plan', 'engagement', 'meeting', 'meetings', 'notes', 'note', 'project', 'program', 'inc', 'llc', 'ltd', 'gmbh', 'corp',
  'corporation', 'company', 'co', 'account', 'cloud', 'data', 'storage', 'networking', 'network', 'strategy', 'review',
  'sync', 'standup', 'summary', 'transcript', 'template', 'daily', 'weekly', 'monthly', 'roadmap', 'report', 'deck',
  'doc', 'docs', 'document', 'service', 'services', 'platform', 'solutions', 'systems', 'technologies', 'labs', 'group',
  'partners', 'holdings', 'bank', 'university', 'institute', 'foundation', 'agency', 'api', 'the', 'and', 'of', 'for',
  'with', 'to', 'in', 'on', 'by', 'call', 'sales', 'team', 'from', 'at', 'via', 'per', 'will', 'should', 'can', 'must',
  'needs', 'is', 'are', 'was', 'asap', 'tbd',
]);

/**
 * Whether a cleaned string can be a person's full name: two to five words of
 * letters (particles like `van der` allowed), no digits, no words that only
 * documents and companies carry.
 */
export function looksLikePersonName(cleaned: string): boolean {
  const words = cleaned.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w) && !NOT_NAME_WORDS.has(foldAccents(w)));
}

// ─── The vault owner ─────────────────────────────────────────────────────────

/** Account names that say nothing about who the person is. */
const GENERIC_USERS = new Set([
  'admin', 'administrator', 'user', 'users', 'shared', 'public', 'default', 'defaultuser', 'guest', 'root', 'owner',
  'test', 'tester', 'dev', 'developer', 'ubuntu', 'pi', 'runner', 'vagrant', 'docker', 'home', 'me', 'local',
  'localadmin', 'temp', 'work', 'mac', 'macbook', 'pc', 'student', 'office', 'it', 'support', 'demo', 'sysadmin',
  'all users', 'default user', 'appveyor', 'jenkins', 'build', 'ec2', 'azureuser', 'codespace', 'node', 'app',
]);

/**
 * The vault owner's name guessed from a home folder in a path:
 * `/Users/jason.vallery/…`, `C:\Users\first.last\…`, `/home/first_last/…` →
 * `Jason Vallery`. Null for generic accounts (`admin`, `shared`) and for
 * single-word ones (`jvallery`), which do not say the full name.
 */
export function guessOwnerFromSourceRef(ref: string | null | undefined): string | null {
  if (!ref) return null;
  const m = /(?:^|[\\/])(?:Users|home|Documents and Settings)[\\/]+([^\\/]+)(?:[\\/]|$)/i.exec(ref);
  if (!m) return null;
  const user = m[1].trim().replace(/\d+$/, '');
  if (GENERIC_USERS.has(user.toLowerCase())) return null;
  const parts = (/[._]/.test(user) ? user.split(/[._]+/) : user.split('-')).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((p) => /^\p{L}{2,}$/u.test(p))) return null;
  if (parts.every((p) => GENERIC_USERS.has(p.toLowerCase()))) return null;
  return parts.map(capitalise).join(' ');
}

/** The most frequent owner guess across many `source_ref`s (first seen wins a tie), or null. */
export function guessOwner(refs: Iterable<string | null | undefined>): string | null {
  const counts = new Map<string, number>();
  for (const ref of refs) {
    const guess = guessOwnerFromSourceRef(ref);
    if (guess) counts.set(guess, (counts.get(guess) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

// ─── Names written surname first ────────────────────────────────────────────

/**
 * Common Chinese, Korean, Japanese and Vietnamese surnames as they are romanised. East Asian names are
 * written in both orders (`Watanabe Kenji`, `Kenji Watanabe`), so for them the other order is the
 * same person; for most others (`Morgan James`, `James Morgan`) it is as likely someone else.
 */
const EAST_ASIAN_SURNAMES = new Set(
  (
    // Chinese (pinyin, and the Cantonese and Taiwanese spellings met most)
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin ' +
    'tan fu fan lei hou long duan hao kong shao qiu qin jia xue yan dai mo mao qian gu meng bai wan qiao ' +
    'lai wen kang zou xiong fang shi yin chang chan cheung chow chung ho hui kwok lam lau leung ng tsang wong ' +
    'yip yeung tse tsai hsu chiu chu kuo liao hsieh ' +
    // Korean
    'kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang chang lim im oh seo shin kwon hwang ahn ' +
    'yoo ryu hong jeon ko moon son bae baek heo nam noh ha gwak sung cha ' +
    // Japanese
    'sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki ' +
    'yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa ' +
    'nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii ' +
    'nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko ' +
    'wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando ' +
    'ohno maruyama imai takada fujimoto murata takeda ueno sugiyama masuda hirano otsuka chiba kubo matsui ' +
    // Vietnamese
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly trinh dinh truong mai'
  ).split(' '),
);

/**
 * One romanised syllable of a Chinese, Korean or Japanese given name, loosely: an onset, a vowel group,
 * and an `n` / `ng` (or a Korean final) — `Kenji`, `Xiaoming`, `Seo-yeon`, `Minjun`. `James`, `Morgan`,
 * `Taylor` are not made of them.
 */
const EAST_ASIAN_GIVEN = /^(?:(?:[bcdfghjklmnpqrstwxyz]|zh|ch|sh|ts|kk|tt|pp|ss|jj)?(?:[aeiouü]|y[aeiou]|w[aeio]){1,3}(?:ng|n|k|l|m|p|t)?-?)+$/;

/** True when a two-word name reads as an East Asian name in either order: a surname known to be one, and a given name made of such syllables. */
function isEastAsianName(tokens: readonly string[]): boolean {
  if (tokens.length !== 2) return false;
  const [a, b] = tokens;
  return (EAST_ASIAN_SURNAMES.has(a) && EAST_ASIAN_GIVEN.test(b)) || (EAST_ASIAN_SURNAMES.has(b) && EAST_ASIAN_GIVEN.test(a));
}

/** The key of the one word of a two-word name written in capitals beside one that is not (`RUIZ Ana` → `ruiz`): its surname, marked so. */
function surnameInCapitals(name: string): string | null {
  const words = name.split(' ');
  if (words.length !== 2) return null;
  const caps = words.map((w) => /^\p{Lu}{2,}$/u.test(w) && w !== w.toLowerCase());
  if (caps[0] === caps[1] || !/\p{Ll}/u.test(words[caps[0] ? 1 : 0])) return null;
  return tokenKey(words[caps[0] ? 0 : 1]);
}

/** True when a two-word name reads as an East Asian name written surname first (`Zhang Wei`): its second word is the given name. */
function isSurnameFirst(tokens: readonly string[]): boolean {
  return tokens.length === 2 && EAST_ASIAN_SURNAMES.has(tokens[0]) && EAST_ASIAN_GIVEN.test(tokens[1]);
}

// ─── Resolution ──────────────────────────────────────────────────────────────

/**
 * What a written name turned out to be.
 * - `person`: a known or new person; `name` is the canonical name.
 * - `owner`: the vault owner (`@Myself`, or their own name); `name` is the owner's name, or null when unknown.
 * - `role`: a team or function (`HR`, `Sales Team`); `name` is the role as written, cleaned. Never a person.
 * - `unassigned`: a placeholder (`TBD`, `N/A`, empty); `name` is null.
 * - `unresolved`: a first name, initials or a fragment that fits no one or more than one; `name` is null.
 */
export type ResolutionKind = 'person' | 'owner' | 'role' | 'unassigned' | 'unresolved';

export interface Resolution {
  kind: ResolutionKind;
  name: string | null;
  /**
   * How it was decided: `owner-word`, `placeholder`, `role`, `all-caps`, `exact`, `alias`, `joined`, `first-name`,
   * `surname`, `other-order`, `handle`, `initials`, `first-initial`, `last-initial`, `middle-name`, `part-of-name`,
   * `spelling`, `new`, `ambiguous`, `unknown`, `not-a-name`; matches made among the meeting's participants end
   * in `+context`. `initials` is unresolved: initials only name someone in the room.
   */
  via: string;
  /** For `unresolved` after `ambiguous`: the canonical names that fit. */
  candidates?: string[];
  /** True when the written form had a doubled name (`Lior Genzel Genzel`), worth a `doubled-name` edit. */
  mended?: boolean;
}

export interface DeclaredPerson {
  /** The people note's name (its title or file name). */
  name: string;
  /** Its `aliases:`. */
  aliases: string[];
  /** The people note's path, when there is one. */
  path?: string;
  /** The company the people note says they work at, one name however it is written. */
  account?: string | null;
}

export interface NameResolverOptions {
  /** People notes: a declared name is canonical, and its aliases map to it. */
  declared?: readonly DeclaredPerson[];
  /** The vault owner's name (a setting, or guessed from `source_ref`); `@Myself` resolves to it. */
  owner?: string | null;
  /** Every name written in the vault, repeats included (frequency picks the canonical spelling). */
  seen?: Iterable<string>;
  /**
   * The same, already counted: each written name with how often it was written, in the order first
   * written. Counted before `seen`, when both are given.
   */
  seenCounts?: ReadonlyMap<string, number>;
  /**
   * The accounts of the meetings each written name is written in (one name per account). Two
   * spellings of one name that differ only in accents (`Ana Ruiz`, `Ana Ruíz`), each written only at
   * other accounts than the other, are two people.
   */
  accountsOf?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Spellings listed side by side in one meeting, so two people (`Zhang Wei` and `Wei Zhang`): pairs of
   * {@link spellingOf} joined by `\u0000`, both ways round. Only the same words in the other order and
   * the same name with other accents need it; see {@link spellingsApart}.
   */
  apart?: ReadonlySet<string>;
  /**
   * For two-word names also written in the other order (`Morgan James`, `James Morgan`): the keys of the
   * people listed in the same meetings as each, by {@link nameKey}. Two orders that share someone besides
   * the owner are one person; see {@link NameResolver} on the other order.
   */
  companions?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One known person while names are gathered. */
interface Entry {
  id: number;
  /** Key tokens of the identity (`['lior', 'genzel']`). */
  tokens: readonly string[];
  declaredName: string | null;
  /** Full-name spellings seen, with counts, in first-seen order. */
  forms: Map<string, number>;
  /** Keys of declared aliases and full-name forms. */
  keys: Set<string>;
  /** Keys that come from full-name spellings, not from declared aliases. */
  formKeys: Set<string>;
  /** Declared aliases as written. */
  aliases: string[];
  isOwner: boolean;
  /** Spellings of the full name, lower case with their accents (`ana ruíz`), declared or written. */
  spellings: Set<string>;
  /** Accounts the name is written at, or the people note names. */
  accounts: Set<string>;
}

/** Damerau-free edit distance, enough to tell one slip of the keyboard from a different name. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * How good a spelling is as the canonical name, judged as it would be shown (a name written all in
 * capitals or all in lower case shown in proper case, see {@link shownForm}): proper case, then complete
 * (parts of a hyphenated name count one by one), then written with its marks (accents, apostrophes,
 * hyphens: `José`, `O'Brien`, `Jean-Luc` over `Jose`, `O Brien`, `Jean Luc`), then with a capital inside a
 * word (`McDonald` over `Mcdonald`: nobody writes one by chance), then with more parts (`Ann B. Lee` over
 * `Ann Lee`), then written so rather than put in proper case here.
 */
function spellingRank(form: string): number[] {
  const shown = shownForm(form);
  const words = shown.split(' ');
  // Particles are written in lower case (`Anneke van der Berg`): that is proper case too.
  const properCase = words.every((w, i) => (i > 0 && PARTICLES.has(w)) || (/^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w))) ? 1 : 0;
  const parts = shown.split(/[\s-]+/).filter((w) => w.length > 0);
  const fullParts = parts.filter((w) => w.replace(/[.'’]/g, '').length > 1).length;
  const marked = /[^\p{ASCII}]|\p{L}['’-]\p{L}/u.test(shown) ? 1 : 0;
  const innerCapital = /\p{Ll}\p{Lu}/u.test(shown) ? 1 : 0;
  return [properCase, fullParts, marked, innerCapital, parts.length, shown === form ? 1 : 0];
}

/** A spelling as the people list shows it: one written all in capitals or all in lower case in proper case (`TOMASZ WRONA` → `Tomasz Wrona`). */
function shownForm(form: string): string {
  return tidyCase(form);
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/** A match: the entry, or why none (with the role or new name, or the entries that fit). */
interface Match {
  entry: Entry | null;
  via: string;
  name?: string;
  candidates?: Entry[];
}

/**
 * What a written name matches before the meeting is known. Most names settle
 * here; a first name that fits several people, or initials (which only count
 * among the people in the room), leave `fits` for the meeting to choose from.
 */
interface MatchPlan {
  /** The answer when the meeting does not decide: no participants, or not exactly one of `fits` among them. */
  settled: Match;
  /** People who fit equally well: the one among the meeting's participants wins. */
  fits?: Entry[];
  /** How a win among the participants is reported (`first-name+context`). */
  viaInRoom?: string;
  /** The ids of `fits`, when there are many. */
  fitIds?: Set<number>;
  /**
   * For a word several people fit in different ways (`Wei`: Wei Zhang's first name, Zhang Wei's given
   * name written last, Weiss Berg's short name): how well each fits, by id (0 best), and how a win is reported.
   * Among the people in the room (the owner always is) the best fit wins; a tie is ambiguous.
   */
  ranks?: Map<number, { rank: number; via: string }>;
}

/** What a written name resolves to, worked out once per written form. */
interface WrittenPlan {
  /** The answer when the meeting does not decide (and the answer whenever `room` is absent). */
  settled: Resolution;
  /** Set when the meeting's participants can change the answer. */
  room?: MatchPlan;
  /** The written form had a doubled name. */
  mended: boolean;
}

/** A participants list as the resolver knows it: the ids of the people it names. */
interface Room {
  /** The ids of the people the participants name. */
  ids: Set<number>;
  /** Answers already given in this room, by the written form's plan. */
  answers: Map<WrittenPlan, Resolution>;
}

/** A participants list already read, as it was then: a list changed in place since is read again. */
interface ReadList {
  snapshot: string[];
  room: Room;
}

/** Distinct written names learned between two yields of {@link NameResolver.inSteps}. */
const NAMES_PER_STEP = 256;
/** Participants lists read between two yields of {@link spellingsApartSteps}. */
const LISTS_PER_STEP = 128;

/**
 * Resolves written names to people. Build it once per vault with everything
 * known; `resolve` is then a map lookup or two: each distinct written form is
 * worked out once, and a meeting's participants are consulted only for the
 * few names that fit several people.
 */
export class NameResolver {
  private readonly entries: Entry[] = [];
  /** Full-name key → entries (one, unless a declared alias is shared). */
  private readonly byKey = new Map<string, Entry[]>();
  /** The same keys without spaces, for names written as one word (`LiorGenzel`, `@liorgenzel`). */
  private readonly byCompactKey = new Map<string, Entry[]>();
  /** Entries of two or more tokens by first token and by last token: first names, surnames, `M. Lee`, `Ann L.`. */
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly byLast = new Map<string, Entry[]>();
  /** Two-token entries by both tokens, so `Ann B. Lee` joins the `Ann Lee` already known. */
  private readonly byFirstLast = new Map<string, Entry[]>();
  /** Entries by their initials (`lg`, and `lbg` / `lg` with a middle name). */
  private readonly byInitials = new Map<string, Entry[]>();
  /** Entries of two or more tokens by the first three letters or more of their first name, short of all of it: `bea` for Beatriz. */
  private readonly byShortFirst = new Map<string, Entry[]>();
  /** Names of three words or more by the handles made of their initials and the rest run together: `mjgarcia`, `lvanderberg`. */
  private readonly byHandle = new Map<string, Entry[]>();
  /** Entries by their tokens with one left out (its place and the rest), to find one slip of spelling. */
  private readonly byAllBut = new Map<string, Entry[]>();
  private readonly owner: Entry | null = null;
  /** The owner's canonical name, once the written names are learned. */
  private ownerName: string | null = null;

  /** Each written form's answer, and each string's match, worked out once: the people do not change after construction. */
  private readonly plans = new Map<string, WrittenPlan>();
  private readonly matches = new Map<string, MatchPlan>();
  /** Participants lists already read: by the list itself, and by its names joined. */
  private readonly roomsByList = new WeakMap<readonly string[], ReadList>();
  private readonly rooms = new Map<string, Room>();
  private readonly canonicals = new Map<number, string>();
  private readonly apart: ReadonlySet<string>;
  private readonly companions: ReadonlyMap<string, ReadonlySet<string>>;

  /** `learnNow` false: the written names are learned by {@link NameResolver.inSteps}. */
  constructor(options: NameResolverOptions = {}, learnNow = true) {
    this.apart = options.apart ?? new Set();
    this.companions = options.companions ?? new Map();
    for (const declared of options.declared ?? []) this.declare(declared);
    const ownerClean = options.owner ? mendDoubledName(cleanName(options.owner)) : '';
    if (ownerClean) {
      const owner = this.addForm(ownerClean, 1);
      owner.isOwner = true;
      this.owner = owner;
    }
    if (learnNow) finish(this.learnWritten(options));
  }

  /** A resolver made in steps, for the plugin's index: a vault writes thousands of distinct names. */
  static *inSteps(options: NameResolverOptions): Steps<NameResolver> {
    const resolver = new NameResolver(options, false);
    yield;
    yield* resolver.learnWritten(options);
    return resolver;
  }

  /** Every name written in the notes, as a person's form (see the constructor). */
  private *learnWritten(options: NameResolverOptions): Steps<void> {
    const pace = pacer(NAMES_PER_STEP);
    // A vault writes the same few thousand names over and over: clean each distinct one once.
    const counts = new Map<string, number>(options.seenCounts ?? []);
    for (const written of options.seen ?? []) counts.set(written, (counts.get(written) ?? 0) + 1);
    const forms = new Map<string, number>();
    const formAccounts = new Map<string, Set<string>>();
    for (const [written, count] of counts) {
      if (pace()) yield;
      const name = mendDoubledName(cleanName(written));
      if (looksLikePersonName(name) && !roleOf(name) && !isOwnerWord(name) && !isPlaceholder(name)) {
        forms.set(name, (forms.get(name) ?? 0) + count);
        const accounts = options.accountsOf?.get(written);
        if (accounts && accounts.size > 0) {
          const all = formAccounts.get(name);
          if (all) for (const a of accounts) all.add(a);
          else formAccounts.set(name, new Set(accounts));
        }
      }
    }
    const ordered = [...forms].map(([name, count]) => ({ name, count, length: tokensOf(name).length }));
    // Full forms before those with an initial (`Marcus O.`, `Ann B. Lee`), and longer before shorter,
    // so that a shorter or initialled form can join the full name it is part of (`Helene Dubois` →
    // Hélène Dubois-Marchand, `Ann Lee` → Ann B. Lee).
    // A surname written alone with its particles (`van der Berg`) comes last, to join the full name it ends.
    const initialled = (name: string) => (tokensOf(name).some((t) => t.length === 1) || leadingInitials(name) ? 1 : 0);
    const particled = (name: string) => (PARTICLES.has(tokensOf(name)[0]) ? 2 : 0);
    ordered.sort((a, b) => particled(a.name) + initialled(a.name) - particled(b.name) - initialled(b.name) || b.length - a.length);
    for (const { name, count } of ordered) {
      if (pace()) yield;
      // `A. Ruiz` when both Ana and Andrés Ruiz are known is neither for sure: no one of its own, but left to
      // each meeting to settle (or to report).
      if (initialled(name) && this.entryFor(name) === null && this.initialledFits(tokensOf(name), name).length > 1) continue;
      this.addForm(name, count, formAccounts.get(name));
    }
    this.ownerName = this.owner ? this.canonical(this.owner) : null;
  }

  private declare(person: DeclaredPerson): void {
    const name = mendDoubledName(cleanName(person.name));
    if (!name) return;
    const entry = this.entryFor(name, true) ?? this.newEntry(name);
    if (entry.declaredName === null) entry.declaredName = name;
    entry.spellings.add(spellingOf(name));
    if (person.account) entry.accounts.add(person.account);
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + 1);
    for (const alias of person.aliases) {
      const cleaned = mendDoubledName(cleanName(alias));
      if (!cleaned) continue;
      entry.aliases.push(alias.trim());
      this.index(entry, nameKey(cleaned));
    }
  }

  private newEntry(name: string): Entry {
    const tokens = tokensOf(name);
    const entry: Entry = {
      id: this.entries.length,
      tokens,
      declaredName: null,
      forms: new Map(),
      keys: new Set(),
      formKeys: new Set([nameKey(name)]),
      aliases: [],
      isOwner: false,
      spellings: new Set([spellingOf(name)]),
      accounts: new Set(),
    };
    this.entries.push(entry);
    this.index(entry, nameKey(name));
    // Entries are made in id order, so every list below stays in id order, as a scan of all entries would be.
    if (tokens.length > 0) {
      for (const initials of initialsOf(entry)) addTo(this.byInitials, initials, entry);
    }
    if (tokens.length > 1) {
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      addTo(this.byFirst, first, entry);
      addTo(this.byLast, last, entry);
      for (let k = SHORT_NAME_MIN; k < first.length; k++) addTo(this.byShortFirst, first.slice(0, k), entry);
      if (tokens.length === 2) addTo(this.byFirstLast, `${first} ${last}`, entry);
    }
    for (let i = 0; i < tokens.length; i++) addTo(this.byAllBut, allButKey(tokens, i), entry);
    if (tokens.length >= 3) for (const handle of compactHandles(tokens)) addTo(this.byHandle, handle, entry);
    return entry;
  }

  private index(entry: Entry, key: string): void {
    if (!key || entry.keys.has(key)) return;
    entry.keys.add(key);
    addTo(this.byKey, key, entry);
    if (key.includes(' ')) {
      const compact = key.replace(/ /g, '');
      const same = this.byCompactKey.get(compact);
      if (!same) this.byCompactKey.set(compact, [entry]);
      else if (!same.includes(entry)) same.push(entry);
    }
  }

  /**
   * The entry a full name belongs to: the same key, the same first and last name around a middle
   * name, the same name with an initial, or — for a name written, not declared — the same two
   * names in the other order (`Watanabe Kenji`) or the two surnames of a longer name (`García López`).
   */
  private entryFor(name: string, declaring = false, sameInOtherOrder?: (other: Entry) => boolean): Entry | null {
    const exact = this.byKey.get(nameKey(name));
    if (exact?.length === 1) return exact[0];
    // Two people whose names differ only in accents (`Ana Ruiz`, `Ana Ruíz`): the spelling says which.
    const spelled = exact ? this.bySpelling(name) : null;
    if (spelled) return spelled;
    const tokens = tokensOf(name);
    // `Aoife O Brien`, `JeanLuc Picard`: the same letters as a known name, spaced another way.
    const spaced = this.byCompactKey.get(tokens.join(''));
    if (spaced?.length === 1) return spaced[0];
    if (PARTICLES.has(tokens[0])) {
      const fits = (this.byLast.get(tokens[tokens.length - 1]) ?? NONE).filter((e) => e.tokens.length > tokens.length && endsWith(e.tokens, tokens));
      if (fits.length === 1) return fits[0];
    }
    // `Marcus O.`, `M. Oyelaran`, `M. Smith-Jones` are the one Marcus Oyelaran or Mary-Jane Smith-Jones already known, when only one fits.
    const initialled = this.initialledFits(tokens, name);
    if (initialled.length === 1) return initialled[0];
    if (tokens.length >= 3) {
      const around = this.byFirstLast.get(`${tokens[0]} ${tokens[tokens.length - 1]}`);
      if (around?.length === 1) return around[0];
      // `Hélène Dubois-Marchand` after `Helene Dubois` (or `Helene Marchand`): the one person known by a part of the surname.
      const parts = new Set<Entry>();
      for (let k = 1; k < tokens.length - 1; k++) for (const e of this.byFirstLast.get(`${tokens[0]} ${tokens[k]}`) ?? NONE) parts.add(e);
      if (parts.size === 1 && !around) return [...parts][0];
    }
    if (tokens.length === 2 && tokens[0].length > 1 && tokens[1].length > 1) {
      const [first, last] = tokens;
      // `Helene Dubois` for Hélène Dubois-Marchand: one part of a double-barrelled surname.
      const fits = (this.byFirst.get(first) ?? NONE).filter((e) => isFull(e) && e.tokens.length >= 3 && e.tokens.indexOf(last, 1) > 0);
      if (fits.length === 1) return fits[0];
      if (!declaring) {
        const other = this.otherOrder(tokens);
        if (other && (!sameInOtherOrder || sameInOtherOrder(other))) return other;
        const surnames = this.surnamesOf(tokens);
        if (surnames) return surnames;
      }
    }
    return null;
  }

  /** The one two-word name known with the same two words the other way round: `Kenji Watanabe` for `Watanabe Kenji`. */
  private otherOrder(tokens: readonly string[]): Entry | null {
    if (tokens.length !== 2 || tokens[0] === tokens[1]) return null;
    const fits = (this.byFirstLast.get(`${tokens[1]} ${tokens[0]}`) ?? NONE).filter((e) => e.tokens.length === 2);
    return fits.length === 1 ? fits[0] : null;
  }

  /**
   * The one known name of four words or more ending in these two: `García López` for José María García
   * López (two given names, two surnames). A name of three (`Ann Lee` in Mary Ann Lee) may be a person of its own.
   */
  private surnamesOf(tokens: readonly string[]): Entry | null {
    if (tokens.length !== 2) return null;
    const fits = (this.byLast.get(tokens[1]) ?? NONE).filter((e) => e.tokens.length >= 4 && endsWith(e.tokens, tokens));
    return fits.length === 1 ? fits[0] : null;
  }

  /**
   * The full names a form with an initial could be: `M. Oyelaran`, `Marcus O.`, `M. Smith-Jones`,
   * `Mary-Jane S.` (none when it has no initial, or more than one).
   */
  private initialledFits(tokens: readonly string[], name?: string): Entry[] {
    if (tokens.length < 2) return [];
    const lead = name === undefined ? null : leadingInitials(name);
    if (lead) return this.initialsBefore(lead, tokens.slice(1));
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (last.length === 1 && first.length > 1) {
      const front = tokens.slice(0, -1);
      if (front.some((t) => t.length === 1)) return [];
      return (this.byFirst.get(first) ?? NONE).filter(
        (e) => isFull(e) && e.tokens.length > front.length && startsWith(e.tokens, front) && e.tokens[e.tokens.length - 1].startsWith(last),
      );
    }
    if (first.length === 1 && last.length > 1) {
      const rest = tokens.slice(1);
      if (rest.some((t) => t.length === 1)) return [];
      return (this.byLast.get(last) ?? NONE).filter((e) => isFull(e) && e.tokens.length > rest.length && endsWith(e.tokens, rest) && e.tokens[0].startsWith(first));
    }
    return [];
  }

  /**
   * The full names that initials in capitals before a surname could be: `PK Raman` for Priya Raman (or
   * Priya K. Raman), `MJ García López` for María José García López. The first initial must start the given
   * name, the second the middle name when the full name has one.
   */
  private initialsBefore(letters: string, rest: readonly string[]): Entry[] {
    if (rest.length === 0 || rest.some((t) => t.length === 1)) return [];
    return (this.byLast.get(rest[rest.length - 1]) ?? NONE).filter(
      (e) =>
        isFull(e) &&
        e.tokens.length > rest.length &&
        endsWith(e.tokens, rest) &&
        e.tokens[0][0] === letters[0] &&
        (e.tokens.length - rest.length < 2 || e.tokens[1][0] === letters[1]),
    );
  }

  private addForm(name: string, count: number, accounts?: ReadonlySet<string>): Entry {
    let entry = this.entryFor(name, false, (other) => this.sameInOtherOrder(other, name, accounts));
    if (entry && ((accounts && this.atOtherAccounts(entry, name, accounts)) || this.listedApart(entry, name))) entry = this.bySpelling(name);
    entry ??= this.newEntry(name);
    entry.spellings.add(spellingOf(name));
    if (accounts) for (const a of accounts) entry.accounts.add(a);
    const key = nameKey(name);
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + count);
    entry.formKeys.add(key);
    this.index(entry, key);
    return entry;
  }

  /**
   * Whether `name` is another spelling of the entry's name, by accents alone (`Ana Ruíz` for Ana Ruiz),
   * written only at accounts the entry is never written at: then it is someone else of that name.
   */
  private atOtherAccounts(entry: Entry, name: string, accounts: ReadonlySet<string>): boolean {
    if (accounts.size === 0 || entry.accounts.size === 0 || entry.isOwner || entry.spellings.has(spellingOf(name))) return false;
    const key = nameKey(name);
    // A people note's alias says it is them, wherever it is written.
    if (!entry.keys.has(key) || !entry.formKeys.has(key)) return false;
    for (const a of accounts) if (entry.accounts.has(a)) return false;
    return true;
  }

  /**
   * Whether `name`, the entry's two words in the other order, is the same person. `Watanabe Kenji` and
   * `Kenji Watanabe` are one name written two ways; `Morgan James` and `James Morgan` are as likely two
   * people. So the other order joins only on evidence: the two are written at one account, or listed
   * in meetings with someone in common (the owner, in every meeting, does not count), or the name is
   * East Asian — unless each order is written only at accounts the other never is. (A people note's
   * alias in the other order joins before this, as the same key.)
   */
  private sameInOtherOrder(entry: Entry, name: string, accounts: ReadonlySet<string> | undefined): boolean {
    const bothAtAccounts = accounts !== undefined && accounts.size > 0 && entry.accounts.size > 0;
    if (bothAtAccounts) for (const a of accounts) if (entry.accounts.has(a)) return true;
    const own = nameKey(name);
    const mine = this.companions.get(own);
    for (const key of entry.formKeys) {
      const theirs = this.companions.get(key);
      // Written in a meeting that lists the other order (and not this one): the one person.
      if (mine?.has(key) || theirs?.has(own)) return true;
      if (!mine || !theirs) continue;
      for (const k of mine) if (theirs.has(k)) return true;
    }
    // `RUIZ Ana`: the surname marked by capitals, as directories and forms write it, is Ana Ruiz's.
    if (surnameInCapitals(name) === entry.tokens[1]) return true;
    for (const form of entry.forms.keys()) if (surnameInCapitals(form) === tokensOf(name)[1]) return true;
    return !bothAtAccounts && isEastAsianName(entry.tokens);
  }

  /** Whether a meeting lists `name` beside one of the entry's spellings: then they are two people. */
  private listedApart(entry: Entry, name: string): boolean {
    if (this.apart.size === 0) return false;
    const spelling = spellingOf(name);
    for (const known of entry.spellings) if (known !== spelling && this.apart.has(`${known}\u0000${spelling}`)) return true;
    return false;
  }

  /** Among several people of one key (`Ana Ruiz`, `Ana Ruíz`), the one written with this very spelling. */
  private bySpelling(name: string): Entry | null {
    const spelling = spellingOf(name);
    const fits = (this.byKey.get(nameKey(name)) ?? NONE).filter((e) => e.spellings.has(spelling));
    return fits.length === 1 ? fits[0] : null;
  }

  /** The canonical name: the people note's, else the best and most frequent spelling seen. */
  private canonical(entry: Entry): string {
    if (entry.declaredName) return entry.declaredName;
    // Only asked once every form is in (the end of the constructor, or later), so the answer can be kept.
    const known = this.canonicals.get(entry.id);
    if (known !== undefined) return known;
    let best = '';
    let bestRank: number[] = [];
    let bestCount = -1;
    for (const [form, count] of entry.forms) {
      const rank = spellingRank(form);
      const order = best === '' ? -1 : compareRanks(rank, bestRank);
      if (best === '' || order < 0 || (order === 0 && count > bestCount)) {
        best = form;
        bestRank = rank;
        bestCount = count;
      }
    }
    const shown = shownForm(best);
    this.canonicals.set(entry.id, shown);
    return shown;
  }

  /** The vault owner's canonical name, or null when unknown. */
  get ownerCanonical(): string | null {
    return this.ownerName;
  }

  /** Everyone known, with their canonical names and every written or declared form. */
  people(): { name: string; aliases: string[]; isOwner: boolean; declared: boolean }[] {
    return this.entries.map((e) => {
      const name = this.canonical(e);
      const aliases = unique([...e.forms.keys(), ...e.aliases].filter((f) => f !== name));
      return { name, aliases, isOwner: e.isOwner, declared: e.declaredName !== null };
    });
  }

  /** Resolve a written name, using the meeting's participants to choose among people who fit. */
  resolve(written: string, context?: { participants?: readonly string[] }): Resolution {
    return copyOf(this.answer(written, context?.participants));
  }

  /**
   * The answer itself, shared between calls: for `collectPeople`, which only reads it. Everyone else
   * calls `resolve`, which hands out a copy.
   */
  answer(written: string, participants: readonly string[] | undefined): Resolution {
    const plan = this.planOf(written);
    if (!plan.room || !participants || participants.length === 0) return plan.settled;
    const room = this.roomOf(participants);
    let answer = room.answers.get(plan);
    if (!answer) {
      const m = inRoom(plan.room, room.ids, this.entries, this.owner);
      answer = m === plan.room.settled ? plan.settled : this.toResolution(m, plan.mended);
      room.answers.set(plan, answer);
    }
    return answer;
  }

  /** The shared answer for a written form when no meeting can change it (most names), else null. */
  answerAnywhere(written: string): Resolution | null {
    const plan = this.planOf(written);
    return plan.room ? null : plan.settled;
  }

  private planOf(written: string): WrittenPlan {
    let plan = this.plans.get(written);
    if (!plan) {
      plan = this.planFor(written);
      this.plans.set(written, plan);
    }
    return plan;
  }

  /** The meeting a participants list describes, read once per list (and shared by lists naming the same). */
  private roomOf(participants: readonly string[]): Room {
    const read = this.roomsByList.get(participants);
    if (read && sameList(read.snapshot, participants)) return read.room;
    const key = participants.join('\u0001');
    let room = this.rooms.get(key);
    if (!room) {
      const ids = new Set<number>();
      for (const p of participants) {
        const entry = this.matchPlan(p).settled.entry;
        if (entry) ids.add(entry.id);
      }
      room = { ids, answers: new Map() };
      this.rooms.set(key, room);
    }
    this.roomsByList.set(participants, { snapshot: [...participants], room });
    return room;
  }

  private planFor(written: string): WrittenPlan {
    const cleaned = cleanName(written);
    if (isPlaceholder(cleaned)) return { settled: { kind: 'unassigned', name: null, via: 'placeholder' }, mended: false };
    if (isOwnerWord(cleaned)) return { settled: { kind: 'owner', name: this.ownerName, via: 'owner-word' }, mended: false };
    const plan = this.matchPlan(cleaned);
    const mended = mendDoubledName(cleaned) !== cleaned.replace(/\s+/g, ' ');
    const settled = this.toResolution(plan.settled, mended, cleaned);
    return plan.fits ? { settled, room: plan, mended } : { settled, mended };
  }

  /** A match as an answer. `cleaned` is only needed for matches without an entry, which are all settled. */
  private toResolution(m: Match, mended: boolean, cleaned = ''): Resolution {
    if (m.entry) {
      const out: Resolution = { kind: m.entry.isOwner ? 'owner' : 'person', name: this.canonical(m.entry), via: m.via };
      if (mended) out.mended = true;
      return out;
    }
    if (m.via === 'role' || m.via === 'all-caps') return { kind: 'role', name: m.name ?? cleaned, via: m.via };
    if (m.via === 'new') return { kind: 'person', name: m.name ?? cleaned, via: 'new' };
    const out: Resolution = { kind: 'unresolved', name: null, via: m.via };
    if (m.candidates) out.candidates = m.candidates.map((e) => this.canonical(e));
    return out;
  }

  private matchPlan(written: string): MatchPlan {
    let plan = this.matches.get(written);
    if (!plan) {
      plan = this.match(written);
      this.matches.set(written, plan);
    }
    return plan;
  }

  /** The matching itself: an entry, the entries the meeting chooses among, or why none. */
  private match(written: string): MatchPlan {
    const cleaned = mendDoubledName(cleanName(written));
    if (!cleaned) return settle({ entry: null, via: 'unknown' });
    const key = nameKey(cleaned);
    const tokens = tokensOf(cleaned);

    let exact = this.byKey.get(key);
    if (exact && exact.length > 1) {
      // Two people whose names differ only in accents: the spelling says which.
      const spelled = this.bySpelling(cleaned);
      if (spelled) exact = [spelled];
    }
    if (exact) {
      const via = exact.every((e) => !e.formKeys.has(key)) ? 'alias' : 'exact';
      // `Anna Ruiz` written in a meeting Ana Ruiz is in, and Anna Ruiz is not: a slip, which the room makes certain.
      const near = exact.length === 1 && via === 'exact' ? this.slipNeighbours(exact[0]) : NONE;
      return near.length > 0 ? room({ entry: exact[0], via }, [exact[0], ...near], 'spelling+context') : pick(exact, via);
    }
    const role = roleOf(cleaned);
    if (role) return settle({ entry: null, via: 'role', name: role });

    if (tokens.length === 1) {
      const t = tokens[0];
      const joined = this.byCompactKey.get(t);
      if (joined) return pick(joined, 'joined');
      const firsts = this.byFirst.get(t);
      const lasts = this.byLast.get(t);
      // A known first name or surname in capitals (`ANA`, `RUIZ`) is that name, not initials: three letters
      // or more say more than initials do.
      if (isAllCapsToken(cleaned) && !(t.length >= 3 && (firsts || lasts))) {
        // Initials only among the people in the room; otherwise a short capital word is a team (GTM, SE).
        const settled: Match = { entry: null, via: 'all-caps', name: cleaned };
        const byInitials = this.byInitials.get(t);
        return byInitials ? room(settled, byInitials, 'initials+context') : settle(settled);
      }
      const shorts = this.byShortFirst.get(t);
      if (firsts) return openToRoom(pick(firsts, 'first-name'), t, firsts, lasts, shorts);
      if (lasts) return openToRoom(pick(lasts, 'surname'), t, firsts, lasts, shorts);
      // A handle or an address's local part made of an initial and a surname: `aruiz`, `@jdoe`, `ARuiz`; of initials
      // and a longer surname: `mjgarcia`, `lvanderberg`.
      const handleShaped = t.length >= 4 && (cleaned === cleaned.toLowerCase() || /^\p{Lu}{2,3}\p{Ll}+$/u.test(cleaned));
      if (handleShaped) {
        const handles = (this.byLast.get(t.slice(1)) ?? NONE).filter((e) => e.tokens[0].length > 1 && e.tokens[0][0] === t[0]);
        if (handles.length > 0) return pick(handles, 'handle');
        const compact = this.byHandle.get(t);
        if (compact) return pick(compact, 'handle');
      }
      // A first name and the surname's initial (`priyar`) is as often a longer first name (`julian` beside Julia N.):
      // only the one person in the room it fits.
      if (handleShaped && t.length >= SHORT_NAME_MIN + 2) {
        const fits = (this.byFirst.get(t.slice(0, -1)) ?? NONE).filter((e) => isFull(e) && e.tokens[e.tokens.length - 1][0] === t[t.length - 1]);
        if (fits.length > 0) return room({ entry: null, via: 'unknown' }, fits, 'handle+context');
      }
      // A short form of a first name (`Bea`, `Dan`, `Alex`) only for the one person in the room it fits.
      if (shorts) return room({ entry: null, via: 'unknown' }, shorts, 'short-name+context');
      return settle({ entry: null, via: 'unknown' });
    }
    // Nothing but dots and dashes (`.`, a participant placeholder): no name to match.
    if (tokens.length === 0) return settle({ entry: null, via: 'not-a-name' });

    // `Aoife O Brien`, `JeanLuc Picard`: a known name with its parts spaced another way.
    const spaced = this.byCompactKey.get(tokens.join(''));
    if (spaced) return pick(spaced, 'joined');
    if (!/\s/.test(cleaned) && tokens.every((t) => t.length > 1)) {
      // `Smith-Jones`, `Dubois-Marchand`: a hyphenated surname written alone.
      const fits = (this.byLast.get(tokens[tokens.length - 1]) ?? NONE).filter((e) => e.tokens.length > tokens.length && endsWith(e.tokens, tokens));
      if (fits.length > 0) return pick(fits, 'surname');
    }
    const other = this.otherOrder(tokens);
    if (other) {
      // The other order of an East Asian name is the same name; of any other (`James Morgan` for Morgan James),
      // it is that person only in a meeting they are in, and otherwise someone new.
      if (isEastAsianName(tokens) || surnameInCapitals(cleaned) === other.tokens[1]) return settle({ entry: other, via: 'other-order' });
      const otherwise: Match = looksLikePersonName(cleaned) ? { entry: null, via: 'new', name: tidyCase(cleaned) } : { entry: null, via: 'not-a-name' };
      return room(otherwise, [other], 'other-order+context');
    }
    const surnames = this.surnamesOf(tokens);
    if (surnames) return settle({ entry: surnames, via: 'surname' });
    if (tokens.length <= 4 && tokens.every((t) => t.length === 1)) {
      // `L.G.`, `L G`: initials, which only the people in the room can own; elsewhere they stay unresolved.
      const fits = this.byInitials.get(tokens.join(''));
      return fits ? room({ entry: null, via: 'initials', candidates: fits }, fits, 'initials+context') : settle({ entry: null, via: 'unknown' });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (PARTICLES.has(first)) {
      // `van der Berg`, `De La Cruz`: a surname with its particles, written alone.
      const fits = (this.byLast.get(last) ?? NONE).filter((e) => e.tokens.length > tokens.length && endsWith(e.tokens, tokens));
      if (fits.length > 0) return pick(fits, 'surname');
    }
    const sameFirst = this.byFirst.get(first) ?? NONE;
    const lead = leadingInitials(cleaned);
    if (lead) {
      // PK Raman
      const fits = this.initialsBefore(lead, tokens.slice(1));
      if (fits.length > 0) return pick(fits, 'first-initial');
    }
    if (first.length === 1) {
      // M. Quenneville
      const fits = (this.byLast.get(last) ?? NONE).filter((e) => e.tokens[0].startsWith(first));
      if (fits.length > 0) return pick(fits, 'first-initial');
    }
    if (last.length === 1) {
      // Lior G.
      const fits = sameFirst.filter((e) => e.tokens[e.tokens.length - 1].startsWith(last));
      if (fits.length > 0) return pick(fits, 'last-initial');
    }
    const around = sameFirst.filter((e) => e.tokens[e.tokens.length - 1] === last);
    if (around.length > 0) return pick(around, 'middle-name');
    // The front of a longer known name, or it with a part left out: `Jean-Luc` or `Jean Luc` for
    // Jean-Luc Picard, `Maria Garcia` for Maria José Garcia, `Helene Dubois` for Hélène Dubois-Marchand.
    const partOf = sameFirst.filter((e) => e.tokens.length > tokens.length && inOrderWithin(tokens, e.tokens));
    if (partOf.length > 0) return pick(partOf, 'part-of-name');
    const slips = this.slipsOf(tokens);
    // A slip in a long word (`Reyez`) is a slip anywhere; in a short one (`Ana` / `Anna`, `Jon` / `John`) it
    // is as likely another person's name, and only the meeting can tell.
    const sure = slips.filter((e) => isSureSlip(e.tokens, tokens));
    if (sure.length > 0) return pick(sure, 'spelling');
    const otherwise: Match =
      first.length > 1 && last.length > 1 && looksLikePersonName(cleaned) ? { entry: null, via: 'new', name: tidyCase(cleaned) } : { entry: null, via: 'not-a-name' };
    return slips.length > 0 ? room(otherwise, slips, 'spelling+context') : settle(otherwise);
  }

  /** People whose name differs from `tokens` in exactly one word, by one slip of spelling (both spellings of 3+ letters). */
  private slipsOf(tokens: readonly string[]): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].length < SLIP_MIN) continue;
      for (const e of this.byAllBut.get(allButKey(tokens, i)) ?? NONE) {
        const t = e.tokens[i];
        if (t !== tokens[i] && t.length >= SLIP_MIN && withinOneEdit(t, tokens[i])) out.push(e);
      }
    }
    // Each entry can differ in one place only, so none is found twice; id order is the order people were met.
    return out.length > 1 ? out.sort((a, b) => a.id - b.id) : out;
  }

  /**
   * The people one slip of spelling from a known full name (`Ana Ruiz` for `Anna Ruiz`), whom a meeting
   * they are in, and it is not, takes it for: not the owner (who is in every meeting, so would win every
   * room), and not someone written far less often — then the slip is theirs (`Anaa Ruiz` in a
   * participants list, `Ana Ruiz` in the tasks).
   */
  private slipNeighbours(entry: Entry): Entry[] {
    if (!isFull(entry) || entry.isOwner || entry.declaredName !== null) return [];
    const count = this.countOf(entry);
    return this.slipsOf(entry.tokens).filter((e) => e !== entry && isFull(e) && !e.isOwner && this.countOf(e) * SLIP_RARITY >= count);
  }

  /** How often an entry's full-name forms are written. */
  private countOf(entry: Entry): number {
    let n = 0;
    for (const c of entry.forms.values()) n += c;
    return n;
  }
}

const NONE: readonly Entry[] = [];

/** A full name: two words or more, neither the first nor the last an initial. */
function isFull(e: Entry): boolean {
  return e.tokens.length >= 2 && e.tokens[0].length > 1 && e.tokens[e.tokens.length - 1].length > 1;
}

/** Words that lead a surname: `van der` Berg, `de la` Cruz, `al` Amin. */
const PARTICLES = NAME_PARTICLES;

/** True when `whole` ends with `tail`. */
function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  const offset = whole.length - tail.length;
  if (offset < 0) return false;
  for (let i = 0; i < tail.length; i++) if (whole[offset + i] !== tail[i]) return false;
  return true;
}

/** True when `whole` begins with `head`. */
function startsWith(whole: readonly string[], head: readonly string[]): boolean {
  if (head.length > whole.length) return false;
  for (let i = 0; i < head.length; i++) if (whole[i] !== head[i]) return false;
  return true;
}

/** True when every one of `part` is in `whole`, in the same order. */
function inOrderWithin(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const t of part) {
    while (j < whole.length && whole[j] !== t) j++;
    if (j++ >= whole.length) return false;
  }
  return true;
}
/** The fewest letters a word needs for a one-letter difference to be a slip: `Ana` / `Anna`; `Al` / `Ali` are two names. */
const SLIP_MIN = 3;
/** Letters both spellings need for a slip to be one wherever it is written: `Reyes` / `Reyez`, not `Mark` / `Marc`. */
const SURE_SLIP_MIN = 5;

/** A slip sure enough to settle without the meeting: the word that differs has 5+ letters in both spellings. */
function isSureSlip(known: readonly string[], written: readonly string[]): boolean {
  for (let i = 0; i < known.length; i++) {
    if (known[i] !== written[i]) return known[i].length >= SURE_SLIP_MIN && written[i].length >= SURE_SLIP_MIN;
  }
  return false;
}

/** How many times more often a name must be written than a neighbour in the room for it not to be taken as a slip for them. */
const SLIP_RARITY = 3;

/** The fewest letters a short form of a first name has: `Bea`, `Dan`; `Al` could be anyone. */
const SHORT_NAME_MIN = 3;

/**
 * The handles a name of three words or more is written as: the initials of its given names, then the rest run
 * together or only its first surname (`María José García López` → `mgarcialopez`, `mjgarcialopez`,
 * `mjgarcia`; `Ludwig van der Berg` → `lvanderberg`). Particles are never initials.
 */
function compactHandles(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  let initials = '';
  for (let k = 1; k < tokens.length; k++) {
    if (PARTICLES.has(tokens[k - 1])) break;
    initials += tokens[k - 1][0];
    const rest = tokens.slice(k);
    if (rest.join('').length >= SHORT_NAME_MIN) out.add(initials + rest.join(''));
    if (rest.length > 1 && !PARTICLES.has(rest[0]) && rest[0].length >= SHORT_NAME_MIN) out.add(initials + rest[0]);
  }
  return [...out];
}

/**
 * The letters of initials written in capitals before the rest of a name (`PK Raman`, `MJ García-López`): two or
 * three capitals, then words not all in capitals. Null otherwise (`ANA RUIZ`, `Priya Raman`).
 */
function leadingInitials(name: string): string | null {
  const space = name.indexOf(' ');
  if (space < 2 || space > 3) return null;
  const head = name.slice(0, space);
  if (!/^\p{Lu}{2,3}$/u.test(head) || !/\p{Ll}/u.test(name.slice(space))) return null;
  const letters = foldAccents(head);
  // `LI Na`, `KIM Lee`: a surname written first in capitals, as East Asian names are in forms and directories.
  return EAST_ASIAN_SURNAMES.has(letters) ? null : letters;
}

function addTo(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** The key of a name with its `i`th token left out: how many tokens, which one is out, and the rest. */
function allButKey(tokens: readonly string[], i: number): string {
  let key = `${tokens.length}\u0000${i}`;
  for (let j = 0; j < tokens.length; j++) if (j !== i) key += `\u0000${tokens[j]}`;
  return key;
}

function settle(m: Match): MatchPlan {
  return { settled: m };
}

/** A plan the meeting decides: the one of `fits` among its participants, else `settled`. */
function room(settled: Match, fits: Entry[], viaInRoom: string): MatchPlan {
  const plan: MatchPlan = { settled, fits, viaInRoom };
  if (fits.length > 8) plan.fitIds = new Set(fits.map((e) => e.id));
  return plan;
}

/**
 * A one-word name's plan, opened to the room when the word fits other people in other ways than the plan
 * knows: as a first name, a given name written last (`Zhang Wei`), a short first name (`Dan` for Daniel)
 * or a surname. The plan's answer stands outside a meeting; inside one, the best fit present wins.
 */
function openToRoom(
  plan: MatchPlan,
  word: string,
  firsts: readonly Entry[] | undefined,
  lasts: readonly Entry[] | undefined,
  shorts: readonly Entry[] | undefined,
): MatchPlan {
  const own = plan.fits ?? (plan.settled.entry ? [plan.settled.entry] : NONE);
  if ((firsts?.length ?? 0) + (lasts?.length ?? 0) + (shorts?.length ?? 0) <= own.length) return plan;
  const ranks = new Map<number, { rank: number; via: string }>();
  const fits: Entry[] = [];
  const add = (list: readonly Entry[] | undefined, rankOf: (e: Entry) => number, via: (e: Entry) => string) => {
    for (const e of list ?? NONE) {
      if (ranks.has(e.id)) continue;
      ranks.set(e.id, { rank: rankOf(e), via: via(e) });
      fits.push(e);
    }
  };
  // `Wei` is Zhang Wei's given name as much as it is Wei Zhang's first name.
  const givenLast = (e: Entry) => isSurnameFirst(e.tokens) && e.tokens[1] === word;
  add(firsts, () => 0, () => 'first-name');
  add(lasts, (e) => (givenLast(e) ? 0 : 2), (e) => (givenLast(e) ? 'given-name' : 'surname'));
  add(shorts, () => 1, () => 'short-name');
  if (fits.length <= own.length) return plan;
  const out = room(plan.settled, fits, plan.viaInRoom ?? `${plan.settled.via}+context`);
  out.ranks = ranks;
  return out;
}

/** One fitting entry settles it; several are left to the meeting, and are ambiguous without one. */
function pick(fits: Entry[], via: string): MatchPlan {
  if (fits.length === 1) return settle({ entry: fits[0], via });
  return room({ entry: null, via: 'ambiguous', candidates: fits }, fits, `${via}+context`);
}

/**
 * The one of a plan's fits among the meeting's participants, else the plan's settled answer. The owner
 * wrote the note and was in the meeting, listed or not: when none of the people listed fits, and the
 * owner does, the owner it is (`Jason` in a note listing only the people the owner met).
 */
function inRoom(plan: MatchPlan, ids: Set<number>, entries: readonly Entry[], owner: Entry | null): Match {
  if (plan.ranks) return bestRankedFit(plan, plan.ranks, ids, entries, owner);
  const found = listedFit(plan, ids, entries);
  if (found === undefined || (found && found === plan.settled.entry)) return plan.settled;
  if (found) return { entry: found, via: plan.viaInRoom ?? '' };
  if (owner && !ids.has(owner.id) && (plan.fits ?? NONE).includes(owner)) return { entry: owner, via: plan.viaInRoom ?? '' };
  return plan.settled;
}

/**
 * The best of a ranked plan's fits in the room, the owner counted in it when no one listed fits as well: `Wei` is Zhang Wei in a meeting
 * that lists Zhang Wei and not Wei Zhang, though Wei Zhang is the one person vault-wide whose first name
 * it is. Several equally good fits in the room are ambiguous; none leaves the vault-wide answer.
 */
function bestRankedFit(plan: MatchPlan, ranks: Map<number, { rank: number; via: string }>, ids: Set<number>, entries: readonly Entry[], owner: Entry | null): Match {
  let best: Entry[] = [];
  let bestRank = Infinity;
  const consider = (e: Entry) => {
    const r = ranks.get(e.id);
    if (r === undefined || best.includes(e)) return;
    if (r.rank < bestRank) {
      best = [e];
      bestRank = r.rank;
    } else if (r.rank === bestRank) best.push(e);
  };
  if (ids.size < ranks.size) for (const id of ids) consider(entries[id]);
  else for (const id of ranks.keys()) if (ids.has(id)) consider(entries[id]);
  // The owner was there too, listed or not, but a listed person fitting as well is the one meant.
  const ownerRank = owner ? ranks.get(owner.id)?.rank : undefined;
  if (owner && ownerRank !== undefined && ownerRank < bestRank) {
    best = [owner];
    bestRank = ownerRank;
  }
  if (best.length === 0) return plan.settled;
  if (best.length > 1) return { entry: null, via: 'ambiguous', candidates: best.sort((a, b) => a.id - b.id) };
  const found = best[0];
  if (found === plan.settled.entry) return plan.settled;
  return { entry: found, via: `${(ranks.get(found.id) as { via: string }).via}+context` };
}

/** The one fit among the room's people; null when none is there, undefined when several are. */
function listedFit(plan: MatchPlan, ids: Set<number>, entries: readonly Entry[]): Entry | null | undefined {
  const fits = plan.fits ?? NONE;
  let found: Entry | null = null;
  if (fits.length <= ids.size || !plan.fitIds) {
    for (const e of fits) {
      if (!ids.has(e.id)) continue;
      if (found) return undefined;
      found = e;
    }
  } else {
    // A common first name fits hundreds of people; the room holds a handful: look from the room's side.
    for (const id of ids) {
      if (!plan.fitIds.has(id)) continue;
      if (found) return undefined;
      found = entries[id];
    }
  }
  return found;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A fresh copy of an answer, so a caller may change what it is given. */
function copyOf(r: Resolution): Resolution {
  const out: Resolution = { kind: r.kind, name: r.name, via: r.via };
  if (r.candidates) out.candidates = [...r.candidates];
  if (r.mended !== undefined) out.mended = r.mended;
  return out;
}

function initialsOf(entry: Entry): string[] {
  const all = entry.tokens.map((t) => t[0]).join('');
  const firstLast = entry.tokens[0][0] + entry.tokens[entry.tokens.length - 1][0];
  return all === firstLast ? [all] : [all, firstLast];
}

/**
 * `ann lee` / `ANN LEE` → `Ann Lee`, `o'brien` → `O'Brien`, `LUDWIG VAN DER BERG` → `Ludwig van der Berg`
 * (particles inside a name in lower case, as they are written); mixed case is kept as written (`Ann McLee`).
 */
function tidyCase(name: string): string {
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  const words = name.split(' ');
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && PARTICLES.has(lower)) return lower;
      return w.replace(/\p{L}+/gu, (run) => capitalise(run));
    })
    .join(' ');
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

// ─── The vault's people ──────────────────────────────────────────────────────

/** One written name in one note, with that note's participants as context. */
export interface NameMention {
  /** As written: `@Lior Genzel Genzel`, `[[Lior Genzel|Lior]]`, `Lior`, `@HR`. */
  written: string;
  path: string;
  /** The note's participants as written (the resolver maps them itself). */
  participants: readonly string[];
  /** The account the note is about, one name however it is written, when it names one. */
  account?: string | null;
  /** The note's meeting date (`YYYY-MM-DD`); read from a date in the path when not given. */
  date?: string | null;
}

export interface PersonSummary {
  /** Canonical name. */
  name: string;
  /** Every other form written or declared, as written (cleaned of `@` and brackets). */
  aliases: string[];
  /** Paths of the notes naming them (and their people note), sorted. */
  notes: string[];
  isOwner: boolean;
}

export interface UnresolvedName {
  written: string;
  path: string;
  /** `ambiguous` (several people fit), `unknown` (nobody does) or `not-a-name`. */
  reason: string;
  /** For `ambiguous`: the people who fit. */
  candidates: string[];
}

export interface PeopleIndex {
  /** The owner's canonical name, or null when no owner is set or guessed. */
  owner: string | null;
  /** Everyone, the owner included, sorted by name. Roles and placeholders are never here. */
  people: PersonSummary[];
  /** Resolve one more written name against the same people. */
  resolve: (written: string, participants?: readonly string[]) => Resolution;
  /** Mentions no one could be found for, once per written form and note, in input order. */
  unresolved: UnresolvedName[];
  /** Roles written as names (`@HR`, `@Sales Team`), once per role and note. */
  roles: { name: string; path: string }[];
}

const formsCache = new Map<string, string[]>();

/** The forms a written name contributes as aliases: itself cleaned, and a link's alias. Owner words are no alias. */
function writtenForms(written: string): string[] {
  let forms = formsCache.get(written);
  if (!forms) {
    const own = ownCopy(written);
    forms = [cleanName(own), linkAlias(own)].filter((f): f is string => Boolean(f) && !isOwnerWord(f as string));
    if (formsCache.size > MEMO_MAX_SIZE) formsCache.clear();
    formsCache.set(own, forms);
  }
  return forms;
}

/** One distinct written name across the mentions, with what is learnt of it on the way. */
interface Tally {
  /** Times written: as a mention, and as a participant of the note beside each of its mentions. */
  count: number;
  /** Its answer when no meeting can change it, null when one can; unset until asked. */
  anywhere?: Resolution | null;
  /** For an answer that is a person: their summary, and whether this written form's aliases are in it. */
  person?: PersonTally;
  formsAdded?: boolean;
}

interface PersonTally {
  aliases: string[];
  notes: Set<string>;
  isOwner: boolean;
  /** Written forms (answered per meeting) whose aliases are in already. */
  written: Set<string>;
  /** The note last added: a note's mentions come together, so most repeats stop here. */
  lastPath?: string;
}

/**
 * Each distinct written name with how often it is written: each mention's name, and each note's
 * participants once per mention in the note (as if listed beside every mention), in the order first
 * written. A note's mentions share one participants list, so each list is walked once and its names
 * counted by the mentions using it. Returns the tallies, and each mention's own.
 */
function* tallyWritten(mentions: readonly NameMention[]): Steps<{ tallies: Map<string, Tally>; perMention: Tally[] }> {
  const tallies = new Map<string, Tally>();
  const tally = (written: string): Tally => {
    let t = tallies.get(written);
    if (!t) tallies.set(written, (t = { count: 0 }));
    return t;
  };
  const perMention: Tally[] = new Array<Tally>(mentions.length);
  const uses = new Map<readonly string[], number>();
  let lastList: readonly string[] | null = null;
  let lastUses = 0;
  const flush = () => {
    if (lastList) uses.set(lastList, (uses.get(lastList) ?? 0) + lastUses);
  };
  const pace = pacer(MENTIONS_PER_STEP * 8);
  for (let i = 0; i < mentions.length; i++) {
    if (pace()) yield;
    const m = mentions[i];
    const t = tally(m.written);
    t.count++;
    perMention[i] = t;
    if (m.participants === lastList) {
      lastUses++;
      continue;
    }
    flush();
    lastList = m.participants;
    lastUses = 1;
    // The first use of a list counts its names now, so each takes its place in first-written order.
    if (!uses.has(m.participants)) {
      uses.set(m.participants, 0);
      for (const p of m.participants) tally(p).count++;
      lastUses = 0;
    }
  }
  flush();
  for (const [list, used] of uses) {
    if (used > 0) for (const p of list) tally(p).count += used;
  }
  return { tallies, perMention };
}

/**
 * Pairs of spellings one participants list holds side by side that would otherwise be joined as one
 * person: the same two words in the other order (`Zhang Wei`, `Wei Zhang`), or the same name with
 * other accents (`Ana Ruiz`, `Ana Ruíz`). Each list is read once.
 */
export function spellingsApart(lists: Iterable<readonly string[]>): Set<string> {
  return finish(spellingsApartSteps(lists));
}

/** {@link spellingsApart} in steps of a few dozen lists. */
function* spellingsApartSteps(lists: Iterable<readonly string[]>): Steps<Set<string>> {
  const apart = new Set<string>();
  const read = new Set<readonly string[]>();
  const pace = pacer(LISTS_PER_STEP);
  for (const list of lists) {
    if (pace()) yield;
    if (list.length < 2 || read.has(list)) continue;
    read.add(list);
    const byKey = new Map<string, string>();
    for (const written of list) {
      const name = mendDoubledName(cleanName(written));
      const tokens = tokensOf(name);
      if (tokens.length < 2) continue;
      const spelling = spellingOf(name);
      const keys = [tokens.join(' ')];
      if (tokens.length === 2) keys.push(`${tokens[1]} ${tokens[0]}`);
      for (const key of keys) {
        const other = byKey.get(key);
        if (other !== undefined && other !== spelling) apart.add(`${other}\u0000${spelling}`).add(`${spelling}\u0000${other}`);
      }
      if (!byKey.has(keys[0])) byKey.set(keys[0], spelling);
    }
  }
  return apart;
}

/**
 * For two-word names written in both orders (`Morgan James`, `James Morgan`), the people listed in the
 * meetings each order is written in (by key, the owner and the two orders left out; the other order
 * itself when one is written in a meeting that lists only the other; the day of the meeting): what tells one
 * person written two ways from two people. Nothing is gathered when no name is written both ways.
 */
function* companionsSteps(
  mentions: readonly NameMention[],
  lists: readonly (readonly string[])[],
  written: Iterable<string>,
  owner: string | null,
): Steps<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const twoWords = new Set<string>();
  const pace = pacer(NAMES_PER_STEP);
  for (const w of written) {
    if (pace()) yield;
    const tokens = tokensOf(mendDoubledName(cleanName(w)));
    if (tokens.length === 2 && tokens[0] !== tokens[1]) twoWords.add(`${tokens[0]} ${tokens[1]}`);
  }
  for (const key of twoWords) {
    const [a, b] = key.split(' ');
    if (twoWords.has(`${b} ${a}`)) out.set(key, new Set());
  }
  if (out.size === 0) return out;
  const ownerKey = owner ? nameKey(mendDoubledName(cleanName(owner))) : '';
  const keyOf = (w: string) => nameKey(mendDoubledName(cleanName(w)));
  const reversed = (key: string) => key.split(' ').reverse().join(' ');
  const note = (key: string, list: readonly string[]) => {
    const set = out.get(key);
    if (!set) return;
    const other = reversed(key);
    for (const p of list) {
      const k = keyOf(p);
      if (k && k !== key && k !== other && k !== ownerKey) set.add(k);
    }
  };
  for (const list of lists) {
    if (pace()) yield;
    for (const p of list) note(keyOf(p), list);
  }
  for (const m of mentions) {
    if (pace()) yield;
    const key = keyOf(m.written);
    const set = out.get(key);
    if (!set) continue;
    note(key, m.participants);
    // Both orders written on one day: two notes of one meeting, as like as not (a 1:1 lists no one else).
    const date = m.date ?? DATE_IN_PATH.exec(m.path)?.[0];
    if (date) set.add(`\u0000${date}`);
    // `@James Morgan` in a meeting that lists Morgan James, and not James Morgan: written for them.
    const listed = m.participants.map(keyOf);
    if (!listed.includes(key) && listed.includes(reversed(key))) set.add(reversed(key));
  }
  return out;
}

const DATE_IN_PATH = /\d{4}-\d{2}-\d{2}/;

/** The participants lists the mentions carry, each once where a note's mentions share one. */
function participantLists(mentions: readonly NameMention[]): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  let last: readonly string[] | null = null;
  for (const m of mentions) {
    if (m.participants === last) continue;
    last = m.participants;
    out.push(last);
  }
  return out;
}

/** The accounts each written name is written at (as a mention, or in the participants beside one); none when no mention names an account. */
function accountsWritten(mentions: readonly NameMention[]): Map<string, Set<string>> | undefined {
  let out: Map<string, Set<string>> | undefined;
  let lastList: readonly string[] | null = null;
  let lastAccount: string | null = null;
  const add = (written: string, account: string) => {
    out ??= new Map();
    const set = out.get(written);
    if (set) set.add(account);
    else out.set(written, new Set([account]));
  };
  for (const m of mentions) {
    if (!m.account) continue;
    add(m.written, m.account);
    // A note's mentions share one participants list: walk it once per note and account.
    if (m.participants === lastList && m.account === lastAccount) continue;
    lastList = m.participants;
    lastAccount = m.account;
    for (const p of m.participants) add(p, m.account);
  }
  return out;
}

/**
 * Every person in the vault from every mention of them.
 *
 * Pass each written name once per place it appears: frontmatter
 * `participants` / `person` / `counterpart`, `**With**:` names, `@assignees`,
 * `[[links]]` that point at people, each with its note's participants. Full
 * names seen anywhere (and people notes, and the owner) make the known
 * people; first names, initials and slips of spelling then resolve to them.
 * A person mentioned only by first name, with no full name anywhere, is
 * reported in `unresolved` rather than invented.
 */
export function collectPeople(mentions: readonly NameMention[], declared: readonly DeclaredPerson[], owner: string | null): PeopleIndex {
  return finish(collectPeopleSteps(mentions, declared, owner));
}

/** Mentions resolved between two yields of {@link collectPeopleSteps}. */
const MENTIONS_PER_STEP = 512;

/** {@link collectPeople} in steps, for the plugin's index: a vault's mentions are resolved a few hundred at a time. */
export function* collectPeopleSteps(mentions: readonly NameMention[], declared: readonly DeclaredPerson[], owner: string | null): Steps<PeopleIndex> {
  const { tallies, perMention } = yield* tallyWritten(mentions);
  const seenCounts = new Map<string, number>();
  for (const [written, t] of tallies) seenCounts.set(written, t.count);
  const accountsOf = accountsWritten(mentions);
  yield;
  const lists = participantLists(mentions);
  const apart = yield* spellingsApartSteps(lists);
  yield;
  const companions = yield* companionsSteps(mentions, lists, seenCounts.keys(), owner);
  yield;
  const resolver = yield* NameResolver.inSteps({ declared, owner, seenCounts, accountsOf, apart, companions });

  const byName = new Map<string, PersonTally>();
  const personNamed = (name: string, isOwner: boolean): PersonTally => {
    let person = byName.get(name);
    if (!person) byName.set(name, (person = { aliases: [], notes: new Set(), isOwner, written: new Set() }));
    return person;
  };
  /** People known before any mention is resolved who stay listed though no mention ends up naming them. */
  const kept = new Set<string>();
  /** People whose spelling some meeting read as a slip for someone else. */
  const slipped = new Set<string>();
  for (const p of resolver.people()) {
    byName.set(p.name, { aliases: p.aliases, notes: new Set(), isOwner: p.isOwner, written: new Set() });
    if (p.declared || p.isOwner) kept.add(p.name);
  }
  for (const d of declared) {
    const r = resolver.answer(d.name, undefined);
    if (r.name && d.path) byName.get(r.name)?.notes.add(d.path);
  }
  const addForms = (person: PersonTally, name: string, written: string) => {
    for (const form of writtenForms(written)) {
      if (form !== name && !person.aliases.includes(form)) person.aliases.push(form);
    }
  };

  const unresolved: UnresolvedName[] = [];
  const roles: { name: string; path: string }[] = [];
  const reported = new Set<string>();
  const pace = pacer(MENTIONS_PER_STEP);
  for (let i = 0; i < mentions.length; i++) {
    if (pace()) yield;
    const m = mentions[i];
    const t = perMention[i];
    // Shared answers, not copies: they are only read here. Most mentions repeat a name already answered.
    if (t.anywhere === undefined) t.anywhere = resolver.answerAnywhere(m.written);
    const r = t.anywhere ?? resolver.answer(m.written, m.participants);
    if ((r.kind === 'person' || r.kind === 'owner') && r.name) {
      if (r.via === 'spelling+context') {
        // Read as a slip for someone in the room: the spelling's own person may be no one.
        const own = resolver.answer(m.written, undefined).name;
        if (own && own !== r.name) slipped.add(own);
      }
      const person = t.person ?? personNamed(r.name, r.kind === 'owner');
      if (person.lastPath !== m.path) {
        person.notes.add(m.path);
        person.lastPath = m.path;
      }
      if (t.anywhere) {
        // The same person whatever the meeting: remember them with the written form.
        t.person = person;
        if (!t.formsAdded) {
          t.formsAdded = true;
          addForms(person, r.name, m.written);
        }
      } else if (!person.written.has(m.written)) {
        person.written.add(m.written);
        addForms(person, r.name, m.written);
      }
      continue;
    }
    if (r.kind !== 'role' && r.kind !== 'unresolved') continue;
    const once = `${r.kind}\u0000${m.written}\u0000${m.path}`;
    if (reported.has(once)) continue;
    if (r.kind === 'role' && r.name) {
      reported.add(once);
      roles.push({ name: r.name, path: m.path });
    } else if (r.kind === 'unresolved') {
      reported.add(once);
      unresolved.push({ written: m.written, path: m.path, reason: r.via, candidates: r.candidates ? [...r.candidates] : [] });
    }
  }

  // A spelling every mention of which the meetings read as someone else's (`Anaa Ruiz` in Ana Ruiz's meetings) is nobody.
  const people: PersonSummary[] = [...byName.entries()]
    .filter(([name, p]) => p.notes.size > 0 || kept.has(name) || !slipped.has(name))
    .map(([name, p]) => ({ name, aliases: p.aliases, notes: [...p.notes].sort(), isOwner: p.isOwner }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    owner: resolver.ownerCanonical,
    people,
    resolve: (written, participants) => resolver.resolve(written, { participants }),
    unresolved,
    roles,
  };
}
