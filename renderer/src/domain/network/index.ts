/**
 * Peer networks (issue 15): who is linked to whom through incidents and institutions,
 * pseudonymised by construction. Pure: no React, Dexie or DOM.
 */
export { parseNetworkCsv, NetworkImportError, NameLikeLabelsError, NETWORK_FILES } from './parse.ts';
export type { NetworkFiles, NetworkFileKey, NameLikeLabel, ParseOptions, CsvPlace } from './parse.ts';
export { networkFigures, figuresOfGraph, type NetworkFigures } from './figures.ts';
export { networkGraph, keptIds, focusIds, connectedPeople, type NetworkGraph, type GraphNode, type NodeKind, type GraphOptions } from './graph.ts';
export { networkSchema, networkProblem, LINK_ROLES, type Network, type PeerNetwork, type LinkRole, type NetworkPerson, type NetworkIncident, type NetworkInstitution, type NetworkLink } from './schema.ts';
export { networkSvg, NODE_STYLES, type PlacedNode } from './svg.ts';
export { layoutNetwork } from './layout.ts';
export { networkTemplate } from './template.ts';
export { NAME_LIKE_REASONS, nameCheck } from './names.ts';
export { networkSummary } from './summary.ts';
