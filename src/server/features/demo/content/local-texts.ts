// What the municipalities that link another's page write around it, per language: before it, where the service is
// offered in their town; after it, their office's address and opening hours (demo values: "Rathausplatz 1").

type Language = 'de' | 'en' | 'ar' | 'uk';
type PerLanguage = Record<Language, string>;

export interface LocalText {
  beforeHtml: string;
  afterHtml: string;
}

interface Office {
  name: PerLanguage;
  address: string;
  phone: string;
  mail: string;
  hours: PerLanguage;
}

const LABELS: Record<Language, { phone: string; mail: string; hours: string }> = {
  de: { phone: 'Telefon', mail: 'E-Mail', hours: 'Öffnungszeiten' },
  en: { phone: 'Phone', mail: 'Email', hours: 'Opening hours' },
  ar: { phone: 'الهاتف', mail: 'البريد الإلكتروني', hours: 'أوقات الدوام' },
  uk: { phone: 'Телефон', mail: 'Ел. пошта', hours: 'Години прийому' },
};

function officeBlock(office: Office, language: Language): string {
  const label = LABELS[language];
  return [
    `<p><strong>${office.name[language]}</strong><br>${office.address}<br>`,
    `${label.phone}: ${office.phone}<br>${label.mail}: ${office.mail}</p>`,
    `<p>${label.hours}: ${office.hours[language]}</p>`,
  ].join('');
}

function localTexts(office: Office, before: PerLanguage): Record<Language, LocalText> {
  const languages: Language[] = ['de', 'en', 'ar', 'uk'];
  return Object.fromEntries(
    languages.map((l) => [l, { beforeHtml: `<p>${before[l]}</p>`, afterHtml: officeBlock(office, l) }]),
  ) as Record<Language, LocalText>;
}

const NEU_WULMSTORF_BUERGERBUERO: Office = {
  name: {
    de: 'Bürgerbüro Neu Wulmstorf',
    en: 'Neu Wulmstorf citizens’ office',
    ar: 'مكتب خدمة المواطنين في نوي فولمستورف',
    uk: 'Бюро обслуговування громадян Ной-Вульмсторфа',
  },
  address: 'Rathausplatz 1, 21629 Neu Wulmstorf',
  phone: '040 000000-0',
  mail: 'buergerbuero@neu-wulmstorf.demo',
  hours: {
    de: 'Montag bis Freitag 8 bis 12 Uhr, Donnerstag auch 14 bis 18 Uhr',
    en: 'Monday to Friday 8 a.m. to 12 noon, Thursday also 2 to 6 p.m.',
    ar: 'من الاثنين إلى الجمعة من الساعة 8 حتى الساعة 12، ويوم الخميس أيضًا من الساعة 14 حتى الساعة 18',
    uk: 'з понеділка по п’ятницю з 8:00 до 12:00, у четвер також з 14:00 до 18:00',
  },
};

const SOEST_FAMILIENBUERO: Office = {
  name: {
    de: 'Familienbüro der Stadt Soest',
    en: 'Soest family office',
    ar: 'مكتب شؤون الأسرة في مدينة زوست',
    uk: 'Сімейне бюро міста Зост',
  },
  address: 'Rathausplatz 1, 59494 Soest',
  phone: '02921 000000-0',
  mail: 'familienbuero@soest.demo',
  hours: {
    de: 'Montag bis Freitag 8 bis 12 Uhr, Dienstag auch 14 bis 16 Uhr',
    en: 'Monday to Friday 8 a.m. to 12 noon, Tuesday also 2 to 4 p.m.',
    ar: 'من الاثنين إلى الجمعة من الساعة 8 حتى الساعة 12، ويوم الثلاثاء أيضًا من الساعة 14 حتى الساعة 16',
    uk: 'з понеділка по п’ятницю з 8:00 до 12:00, у вівторок також з 14:00 до 16:00',
  },
};

const MAGDEBURG_GEWERBEAMT: Office = {
  name: {
    de: 'Gewerbeamt im Bürgerbüro Magdeburg',
    en: 'Trade office at the Magdeburg citizens’ office',
    ar: 'مكتب شؤون التجارة والحرف في مكتب خدمة المواطنين في ماغدبورغ',
    uk: 'Відомство з питань підприємництва в бюро обслуговування громадян Магдебурга',
  },
  address: 'Rathausplatz 1, 39104 Magdeburg',
  phone: '0391 000000-0',
  mail: 'gewerbeamt@magdeburg.demo',
  hours: {
    de: 'Montag bis Freitag 9 bis 12 Uhr, Dienstag und Donnerstag auch 13 bis 18 Uhr',
    en: 'Monday to Friday 9 a.m. to 12 noon, Tuesday and Thursday also 1 to 6 p.m.',
    ar: 'من الاثنين إلى الجمعة من الساعة 9 حتى الساعة 12، ويومي الثلاثاء والخميس أيضًا من الساعة 13 حتى الساعة 18',
    uk: 'з понеділка по п’ятницю з 9:00 до 12:00, у вівторок і четвер також з 13:00 до 18:00',
  },
};

export const NEU_WULMSTORF_WOHNSITZ = localTexts(NEU_WULMSTORF_BUERGERBUERO, {
  de: 'In Neu Wulmstorf melden Sie Ihren Wohnsitz im Bürgerbüro im Rathaus an.',
  en: 'In Neu Wulmstorf, you register your address at the citizens’ office in the town hall.',
  ar: 'في نوي فولمستورف تسجّل محل سكنك في مكتب خدمة المواطنين في مبنى البلدية.',
  uk: 'У Ной-Вульмсторфі місце проживання реєструють у бюро обслуговування громадян у ратуші.',
});

export const NEU_WULMSTORF_REISEPASS = localTexts(NEU_WULMSTORF_BUERGERBUERO, {
  de: 'In Neu Wulmstorf beantragen Sie Ihren Reisepass im Bürgerbüro im Rathaus.',
  en: 'In Neu Wulmstorf, you apply for your passport at the citizens’ office in the town hall.',
  ar: 'في نوي فولمستورف تقدّم طلب جواز السفر في مكتب خدمة المواطنين في مبنى البلدية.',
  uk: 'У Ной-Вульмсторфі заяву на паспорт подають у бюро обслуговування громадян у ратуші.',
});

export const SOEST_KITA = localTexts(SOEST_FAMILIENBUERO, {
  de: 'In Soest melden Sie Ihr Kind über das Kita-Portal der Stadt an. Bei Fragen berät Sie das Familienbüro.',
  en: 'In Soest, you register your child on the city’s daycare portal. The family office will answer your questions.',
  ar: 'في زوست تسجّل طفلك عبر بوابة رياض الأطفال التابعة للمدينة. ويجيب مكتب شؤون الأسرة عن أسئلتك.',
  uk: 'У Зості дитину реєструють через міський портал дитсадків. Якщо у вас є запитання, вас проконсультує сімейне бюро.',
});

export const MAGDEBURG_GEWERBE = localTexts(MAGDEBURG_GEWERBEAMT, {
  de: 'In Magdeburg nimmt das Gewerbeamt im Bürgerbüro Ihre Gewerbeanzeige entgegen.',
  en: 'In Magdeburg, the trade office at the citizens’ office accepts your business registration.',
  ar: 'في ماغدبورغ يستلم مكتب شؤون التجارة والحرف في مكتب خدمة المواطنين إشعار نشاطك التجاري.',
  uk: 'У Магдебурзі повідомлення про підприємницьку діяльність приймає відомство з питань підприємництва в бюро обслуговування громадян.',
});
