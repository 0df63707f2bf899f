/* Test-only data: the real Sprint 3 diagrams (parsed like the loader does) and tiny inline ones. */
import { parse } from 'yaml'
import { z } from 'zod'
import packYaml from '../../../../../resources/courses/sprint-3/diagrams.yaml?raw'
import { DiagramSchema, ResponsibilityMatrixDiagramSchema, type Diagram } from '../../../../shared/course/schema'
import type { DiagramOf, MatrixDiagram } from './diagram-kit'

export const sprint3Diagrams: Diagram[] = z.array(DiagramSchema).parse(parse(packYaml))

/** A real Sprint 3 diagram by id, checked to be of the expected kind. */
export function sprint3<K extends Diagram['kind']>(id: string, kind: K): DiagramOf<K> {
  const found = sprint3Diagrams.find((d): d is DiagramOf<K> => d.id === id && d.kind === kind)
  if (!found) throw new Error(`no ${kind} diagram "${id}" in sprint-3/diagrams.yaml`)
  return found
}

/** Three layers, two models; the user manages the top and the bottom layer in "mixed". */
export const tinyMatrix: MatrixDiagram = ResponsibilityMatrixDiagramSchema.parse({
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
