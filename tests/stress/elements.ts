// The elements the cross-cutting tests run over, with inputs for each.
export const ELEMENT_TAGS = ['ttp-attack-chart'] as const;
