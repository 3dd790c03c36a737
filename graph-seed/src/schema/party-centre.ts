/** Id of the Party centre: the node where every traced line of authority ends. */
export const PARTY_CENTRE_ID = 'cpc-central-committee';
