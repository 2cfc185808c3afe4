/**
 * Deduplicating action items, decisions and facts: normalise, compare, cluster,
 * choose the copy to keep, and plan the edits.
 */
export { findDuplicates, findDuplicatesSteps, collectEntries, recordMeetingGrouping, type DedupeOptions, type MeetingNotes, type Entry } from './cluster';
export { planDedupe, defaultSelection, type PlanOptions } from './plan';
export { planNoteDedupe } from './note';
export { compareItems, overlapScore, APPLY_THRESHOLD, REPORT_THRESHOLD, type Comparable, type Similarity, type NearMiss, type TokenWeight } from './similarity';
export { normalizeText, repairForComparison, stem, type NormalizedText } from './normalize';
export { chooseCanonical, mergeTasks, type Copy, type TaskMerge, type TaskPatch } from './canonical';
export { defaultCanonicalName, foldName, guessOwner, isRole, ownerFromPath, OWNER_KEY, type CanonicalName } from './names';
export { parseTaskLine, writeTaskLine, fieldsOfLine, type TaskLine, type TaskFields } from './taskline';
