// Whose words a report reproduces, named beside the report's label where an excerpt is someone's post.
export const INFOS_FRANCAISES = 'the post by Infos Françaises';
export const MAYOR = 'the mayor’s post';
export const PRESIDENT = 'the president’s post';
