import { ResponsibilityMatrixDiagramSchema, type Diagram } from '../../src/shared/course/schema'

/** Three layers, two models; the user manages the top and the bottom layer in "mixed". */
export const tinyMatrix: Extract<Diagram, { kind: 'responsibility-matrix' }> = ResponsibilityMatrixDiagramSchema.parse({
  id: 'tiny-matrix',
  kind: 'responsibility-matrix',
  title: '작은 표',
  caption: '테스트용',
  layers: [
    { id: 'top', label: '위층', en: 'Top' },
    { id: 'middle', label: '가운데층' },
    { id: 'bottom', label: '아래층', note: '맨 아래' },
  ],
  models: [
    { id: 'all', label: '모두 직접', userManages: ['top', 'middle', 'bottom'] },
    { id: 'mixed', label: '섞임', note: '위와 아래만', userManages: ['bottom', 'top'] },
  ],
})
