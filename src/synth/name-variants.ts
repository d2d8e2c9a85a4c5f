/**
 * A diverse workforce's names, as different systems write them. Each person (in the `typical` and
 * `hard` profiles) gets the variants of their name that real systems produce: Sikh names with or
 * without the clan name, Somali and Ethiopian patronymics, Spanish and Portuguese compound family
 * names in part, transliterations (Mohammed, Muhammad, Mohamed), names without their diacritics
 * (Paweł, Pawel), anglicised and adopted English given names (Paweł, Paul; Wei, David), and whether
 * the name comes from a tradition that writes the family name first. Which variant a record carries
 * is decided per record by the source's `nameVariant` rate (record-quirks.ts).
 */
import type { Sex } from './demographics.js';
import { givenNames } from './name-tables.js';
import type { Random } from './random.js';

/** Alternative renderings of one person's name; empty lists when the name has none. */
export interface NameVariants {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** The name comes from a convention that writes the family name first (East Asian, Hungarian). */
  readonly familyFirst: boolean;
}

/** Spellings of one name in the Latin alphabet; any member may stand for any other. */
const transliterationGroups: readonly (readonly string[])[] = [
  ['Mohammed', 'Muhammad', 'Mohammad', 'Mohamed', 'Mohamad', 'Muhammed'],
  ['Ahmed', 'Ahmad'],
  ['Hussain', 'Hussein', 'Husain', 'Hossain'],
  ['Yusuf', 'Yousef', 'Youssef', 'Yousuf'],
  ['Mustafa', 'Mustapha', 'Mostafa'],
  ['Omar', 'Umar'],
  ['Osman', 'Usman', 'Othman'],
  ['Abdirahman', 'Abdulrahman', 'Abdul Rahman'],
  ['Tariq', 'Tarik'],
  ['Aisha', 'Ayesha', 'Aysha'],
  ['Fatima', 'Fatema', 'Fatimah'],
  ['Zainab', 'Zaynab', 'Zenab'],
  ['Chaudhry', 'Choudhury', 'Chowdhury', 'Chaudhary'],
  ['Rahman', 'Rehman'],
  ['Siddiqui', 'Siddiqi'],
  ['Qureshi', 'Kureshi'],
  ['Yasmin', 'Yasmeen'],
  ['Layla', 'Leila', 'Laila'],
  ['Khalid', 'Khaled'],
  ['Yasir', 'Yasser'],
  ['Hamza', 'Hamzah'],
  ['Dmitri', 'Dmitry', 'Dmitriy'],
  ['Nikolai', 'Nikolay'],
  ['Ibrahim', 'Ebrahim'],
  ['Abdi', 'Abdie'],
];
const transliterations = new Map<string, readonly string[]>();
for (const group of transliterationGroups)
  for (const name of group)
    transliterations.set(
      name,
      group.filter((other) => other !== name),
    );

/** English forms that people from other traditions use at work, or that colleagues write for them. */
const anglicised: Readonly<Record<string, readonly string[]>> = {
  Paweł: ['Paul'],
  Piotr: ['Peter'],
  Tomasz: ['Tom', 'Thomas'],
  Krzysztof: ['Chris', 'Christopher'],
  Marcin: ['Martin'],
  Jakub: ['Jacob', 'Jake'],
  Marek: ['Mark'],
  Andrei: ['Andrew'],
  Mihai: ['Michael'],
  Bogdan: ['Dan'],
  Lukas: ['Luke'],
  Dmitri: ['Dimitri'],
  Nikolai: ['Nick'],
  Jānis: ['John'],
  Agnieszka: ['Agnes'],
  Katarzyna: ['Kate', 'Katherine'],
  Magdalena: ['Maggie'],
  Ioana: ['Joanna'],
  Elena: ['Helen'],
  Giuseppe: ['Joseph', 'Joe'],
  João: ['John'],
  José: ['Joe'],
  Giorgos: ['George'],
  Nikos: ['Nick'],
  Pedro: ['Peter'],
  Tiago: ['James'],
  Mehmet: ['Matt'],
  Ahmet: ['Ahmed'],
  Oluwaseun: ['Shaun'],
  Chukwuemeka: ['Emeka'],
  Kwabena: ['Ben'],
  Ifeoma: ['Ify'],
  Yewande: ['Wendy'],
};

/** Given names that East Asian colleagues often replace with an adopted English name at work. */
const adoptsEnglishName = new Set(['Wei', 'Jun', 'Hao', 'Ming', 'Minh', 'Duc', 'Hyun', 'Mei', 'Xin', 'Yan', 'Linh', 'Thao', 'Ji-woo']);

const familyFirstNames = new Set([
  'Wong',
  'Chan',
  'Li',
  'Zhang',
  'Wang',
  'Chen',
  'Liu',
  'Lam',
  'Cheung',
  'Ng',
  'Ho',
  'Leung',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Tran',
  'Nguyen',
  'Pham',
  'Le',
  'Kim',
  'Park',
  'Choi',
  'Tanaka',
  'Sato',
  'Suzuki',
  'Horváth',
  'Kovács',
  'Szabó',
]);

/** Punjabi given names and Sikh clan (got) names of the name tables. */
const punjabiGivenNames = new Set(['Harpreet', 'Gurpreet', 'Jaspal', 'Amandeep', 'Manpreet', 'Jaspreet', 'Simran', 'Kiran']);
const sikhClans = ['Sandhu', 'Dhillon', 'Gill', 'Grewal', 'Bains', 'Sidhu', 'Johal', 'Atwal', 'Virdee'];

/** Somali and Ethiopian family names in the tables: the "family name" is a father's or grandfather's given name. */
const patronymicFamilies = new Set([
  'Mohamed',
  'Abdi',
  'Hassan',
  'Warsame',
  'Ibrahim',
  'Farah',
  'Omar',
  'Osman',
  'Yusuf',
  'Aden',
  'Jama',
  'Nur',
  'Hersi',
  'Dahir',
  'Tesfaye',
  'Haile',
  'Bekele',
  'Girma',
]);
const patronyms = givenNames.male.eastAfrican;

/** Spanish and Portuguese family names that usually come as two (father's and mother's). */
const compoundFamilies = new Set([
  'García',
  'Fernández',
  'González',
  'López',
  'Martínez',
  'Sánchez',
  'Pérez',
  'Nuñez',
  'Santos',
  'Ferreira',
  'Pereira',
  'Oliveira',
  'Costa',
  'Rodrigues',
  'Martins',
  'da Silva',
]);

const foldedLetters: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', ı: 'i', đ: 'd', Đ: 'D', æ: 'ae' };

/** The name without diacritics, as a system that cannot store them writes it (Paweł → Pawel, Ó Súilleabháin → O Suilleabhain). */
export function withoutDiacritics(name: string): string {
  return [...name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')].map((letter) => foldedLetters[letter] ?? letter).join('');
}

function spellings(name: string): string[] {
  const variants = new Set<string>(transliterations.get(name) ?? []);
  const folded = withoutDiacritics(name);
  if (folded !== name) variants.add(folded);
  variants.delete(name);
  return [...variants];
}

/**
 * The person's true family name at birth under their naming convention (a Spanish or Portuguese
 * family name may become compound) and the variants of their name. Called only for `typical` and
 * `hard`, before accounts are made from the name.
 */
export function nameConventions(givenName: string, familyName: string, sex: Sex, random: Random): { familyName: string; variants: NameVariants } {
  const given = new Set(spellings(givenName));
  const family = new Set(spellings(familyName));
  let trueFamily = familyName;
  for (const english of anglicised[givenName] ?? []) given.add(english);
  if (adoptsEnglishName.has(givenName) && random.chance(0.6)) given.add(random.pick(givenNames[sex].british.slice(0, 30)));

  const religious = sex === 'male' ? 'Singh' : 'Kaur';
  if (sikhClans.includes(familyName) && punjabiGivenNames.has(givenName)) {
    // "Harpreet Kaur Sandhu": HR holds the clan name; other systems the religious name, or both.
    family.add(religious);
    family.add(`${religious} ${familyName}`);
    given.add(`${givenName} ${religious}`);
  } else if ((familyName === 'Singh' || familyName === 'Kaur') && random.chance(0.7)) {
    const clan = random.pick(sikhClans);
    family.add(clan);
    family.add(`${familyName} ${clan}`);
  }
  if (patronymicFamilies.has(familyName)) {
    // "Abdi Mohamed Hassan": given name, father's given name, grandfather's given name.
    const father = random.pick(patronyms.filter((name) => name !== givenName && name !== familyName));
    family.add(father);
    family.add(`${father} ${familyName}`);
    given.add(`${givenName} ${father}`);
  }
  if (compoundFamilies.has(familyName) && random.chance(0.6)) {
    const second = random.pick([...compoundFamilies].filter((name) => name !== familyName));
    trueFamily = `${familyName} ${second}`;
    family.add(familyName);
    family.add(second);
    family.add(`${familyName}-${second}`);
    for (const spelling of spellings(trueFamily)) family.add(spelling);
  }
  family.delete(trueFamily);
  given.delete(givenName);
  return { familyName: trueFamily, variants: { given: [...given], family: [...family], familyFirst: familyFirstNames.has(familyName) } };
}

export function hasVariants(variants: NameVariants | undefined): variants is NameVariants {
  return variants !== undefined && variants.given.length + variants.family.length > 0;
}
