// The operations the web app sends (apps/web: FindSearch, FindSuggest, HandoverAnswer), with the
// fragments written out, so the load benchmark asks for exactly what a browser asks for.

const CHANNEL = 'channels { kind value label visibility }';
const STATUS = 'openingStatus { openNow closesAt nextOpensAt holiday }';
const PLACE = 'municipality { name } region { name }';

export const FIND_SEARCH = `query FindSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount correctedQuery
    pageInfo { hasNextPage endCursor }
    understood { text age municipalities { code name } situations { key label } }
    facets { field values { value label count } }
    edges {
      cursor type stale ${STATUS}
      node {
        __typename
        ... on Contact { id name kind roleTitle lastVerifiedAt ${CHANNEL} organisation { name ${PLACE} } }
        ... on Offer { id name helpText lastVerifiedAt ${CHANNEL} organisation { name ${PLACE} } }
        ... on Organisation { id name lastVerifiedAt ${PLACE} }
        ... on Unit { id name lastVerifiedAt organisation { id name ${PLACE} } }
      }
    }
  }
}`;

export const FIND_SUGGEST = `query FindSuggest($prefix: String!) { suggest(prefix: $prefix, first: 8) { kind label code detail } }`;

const ENTRY_POINT = `callNow contact { id kind name roleTitle helpText stale lastVerifiedAt organisation { name } unit { name } ${CHANNEL} } ${STATUS}`;

export const HANDOVER_ANSWER = `query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {
  handoverGuide(municipalityCode: $municipality, age: $age, situations: $situations, at: $at) {
    at age
    municipality { code name officialName }
    region { name }
    situations { key label }
    callNow { ${ENTRY_POINT} }
    entryPoints { ${ENTRY_POINT} }
    regionalEntryPoints { ${ENTRY_POINT} }
    offers { id name accessRoute ageMin ageMax helpText description stale lastVerifiedAt organisation { name } ${CHANNEL} }
    volunteerOrganisations { id name website description municipality { code } }
    themeDays { id title startsAt endsAt venue }
  }
}`;
