// snowball-stemmers ships no types: the one call Paume makes (issue 23).
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
}
