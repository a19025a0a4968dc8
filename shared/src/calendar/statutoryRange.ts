// The years the generated statutory table covers: from the 2013 revision of the law (in force
// 2014) to a horizon past any deadline the product computes (validity is at most a few years).
export const STATUTORY_FIRST_YEAR = 2014;
export const STATUTORY_LAST_YEAR = 2060;
