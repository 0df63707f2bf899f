// The course module's public face: main wires these into IPC; the rest of the folder is detail.
export { loadPack } from './load-pack'
export { createCourseLibrary, packFolderName, type BrokenPack, type CourseLibrary } from './course-library'
export { checkContentRules, CONTENT_RULES } from './content-rules'
export { toPublicQuestion } from './public-question'
export type { ChapterSourceInfo, LoadedPack, OwnedQuestion, PackLoadResult, PackProblem } from './pack-types'
