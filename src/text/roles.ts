/**
 * Nouns that say who someone is, in both languages, with accents: "French interior *minister*
 * Christophe Castaner", "son *homologue* français". A passage that puts one beside a name
 * answers "Who is…?" better than one that only mentions the name.
 */
export const ROLE_NOUNS: readonly string[] = (
  'minister ministers president king queen prince princess counterpart official spokesman spokesperson ' +
  'chancellor commissioner secretary ambassador mayor governor director leader head founder author chairman ' +
  'ministre ministres président présidente roi reine prince princesse homologue responsable porte-parole ' +
  'chancelier commissaire secrétaire ambassadeur ambassadrice maire gouverneur directeur directrice dirigeant ' +
  'chef fondateur fondatrice auteur auteure majesté préfet préfète prefect administrateur administratrice administrator'
).split(' ');
