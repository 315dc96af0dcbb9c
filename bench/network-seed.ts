import { type SQL, sql } from 'drizzle-orm';
import { tagKey } from '../src/server/features/network/profiles/tag-key.ts';
import type { Db, Tx } from '../src/server/platform/db/client.ts';

/**
 * The benchmark's network, written with a few set-based statements (generate_series and joins of
 * temporary tables; seconds, not minutes): about 200 municipalities of the directory (Seevetal and
 * Brilon among them) in alliances per Land and one across Länder; `persons` people with confirmed
 * memberships and a profile each (two fifths shown to the alliances, about a third to the platform,
 * the rest to the organisation only); 2,100 expertise tags (a hundred topics of municipal work
 * and their variants such as "Vergabe Software") of which each person has 1–5, popular topics far
 * more often than rare ones, over a fifth of them endorsed by colleagues; 30 communities, 8 of them by
 * request, with members and moderators; `questions` questions whose titles are made of German
 * administrative phrases around the topics (three tenths platform-wide, the rest in communities; 3 %
 * held or hidden), tagged with their topic and variants; answers on three quarters of them, the first by someone with
 * the expertise, accepted on nearly half of the answered ones, counted into the answerer's expertise.
 *
 * The reader is a person of Seevetal, in its alliance, member of two open communities and of one by
 * request.
 */
export interface NetworkWorld {
  readerId: string;
  persons: number;
  organisations: number;
  alliances: number;
  tags: number;
  expertise: number;
  endorsements: number;
  communities: number;
  communityMembers: number;
  questions: number;
  answers: number;
  accepted: number;
}

/** The topics of municipal work, most asked first (the first ones are the most common expertise). */
export const TOPICS = [
  'E-Rechnung',
  'Bauhof',
  'Vergabe',
  'OZG',
  'Winterdienst',
  'Datenschutz',
  'Friedhofsverwaltung',
  'Grundsteuer',
  'Kommunale Wärmeplanung',
  'Personalgewinnung',
  'E-Akte',
  'Informationssicherheit',
  'Winterdienst-Tourenplanung',
  'Ratsinformationssystem',
  'Kita-Platzvergabe',
  'Baugenehmigung',
  'Doppik',
  'Fördermittelmanagement',
  'Gebäudemanagement',
  'Straßenbeleuchtung',
  'Vergaberecht',
  'Haushaltsrecht',
  'Kassenwesen',
  'Gewerbesteuer',
  'Ausbildung',
  'Dienstplanung',
  'Einwohnermeldewesen',
  'Standesamt',
  'Ordnungsamt',
  'Gewerbeamt',
  'Bauleitplanung',
  'Bebauungsplan',
  'Denkmalschutz',
  'Straßenunterhaltung',
  'Grünflächenpflege',
  'Baumkataster',
  'Spielplatzkontrolle',
  'Kita-Bedarfsplanung',
  'Schulentwicklungsplanung',
  'Feuerwehrbedarfsplan',
  'Brandschutz',
  'Katastrophenschutz',
  'Starkregenvorsorge',
  'Hochwasserschutz',
  'Abwasserbeseitigung',
  'Wasserversorgung',
  'Abfallwirtschaft',
  'Klimaschutzkonzept',
  'Energiemanagement',
  'Photovoltaik',
  'E-Mobilität',
  'ÖPNV',
  'Radverkehrsplanung',
  'Breitbandausbau',
  'Digitale Sitzungen',
  'Sitzungsdienst',
  'Dokumentenmanagement',
  'IT-Sicherheit',
  'Barrierefreiheit',
  'Leichte Sprache',
  'Bürgerbeteiligung',
  'Bürgerservice',
  'Online-Terminvergabe',
  'Open Data',
  'Geodaten',
  'Liegenschaftsverwaltung',
  'Fuhrparkmanagement',
  'Wirtschaftsförderung',
  'Tourismus',
  'Stadtmarketing',
  'Integration',
  'Flüchtlingsunterbringung',
  'Wohngeld',
  'Sozialhilfe',
  'Jugendhilfe',
  'Seniorenarbeit',
  'Vereinsförderung',
  'Sportstättenverwaltung',
  'Bibliothek',
  'Archivwesen',
  'Agile Verwaltung',
  'Projektmanagement',
  'Prozessmanagement',
  'Wissensmanagement',
  'Interkommunale Zusammenarbeit',
  'TVöD',
  'Beihilfe',
  'Reisekosten',
  'Zeiterfassung',
  'Homeoffice',
  'KI in der Verwaltung',
  'Chatbots',
  'Low-Code',
  'Open Source',
  'Videoüberwachung',
  'Parkraumbewirtschaftung',
  'Verkehrsüberwachung',
  'Hundesteuer',
  'Friedhofsgebühren',
  'Gebührenkalkulation',
  'Satzungsrecht',
  'Kommunalwahlen',
  'Zensus',
  'Schwimmbadbetrieb',
  'Obdachlosenunterbringung',
];

/** What a topic becomes as a more special tag ("Vergabe Software", "Bauhof Kennzahlen"). */
const ASPECTS = [
  'Praxis',
  'Recht',
  'Software',
  'Einführung',
  'Kleinstgemeinden',
  'Landkreis',
  'Ausschreibung',
  'Controlling',
  'Schulung',
  'Datenschutzfragen',
  'Förderung',
  'Kosten',
  'Prozesse',
  'Mustervorlagen',
  'interkommunal',
  'Verträge',
  'Umstellung',
  'Betrieb',
  'Kennzahlen',
];

/** The tags by rank: the topics, then each topic with each aspect. */
const TAG_NAMES = [...TOPICS, ...TOPICS.flatMap((topic) => ASPECTS.map((aspect) => `${topic} ${aspect}`))];

const TITLES = [
  'Wie organisiert ihr %s%s?',
  'Erfahrungen mit %s%s?',
  'Wer hat Erfahrung mit %s%s?',
  'Welche Software nutzt ihr für %s%s?',
  'Gibt es Mustervorlagen für %s%s?',
  'Wie viel Personal plant ihr für %s%s ein?',
  'Ausschreibung für %s%s: worauf achten?',
  'Umstellung bei %s%s: wie seid ihr vorgegangen?',
  'Kosten für %s%s im Vergleich',
  'Wer kann bei %s%s helfen?',
  'Rechtliche Fragen zu %s%s',
  'Zuständigkeit für %s%s klären',
  'Interkommunale Lösung für %s%s gesucht',
  'Dienstanweisung zu %s%s gesucht',
  'Probleme mit %s%s nach dem Update',
];

const CONTEXTS = [
  '',
  ' in kleinen Gemeinden',
  ' im ländlichen Raum',
  ' ohne eigene IT-Abteilung',
  ' im Landkreis',
  ' mit wenig Personal',
  ' nach der Gesetzesänderung',
  ' bei knapper Haushaltslage',
  ' zusammen mit den Nachbarkommunen',
  ' in der Übergangszeit',
  ' ab dem nächsten Jahr',
  ' mit externem Dienstleister',
];

const SENTENCES = [
  'Bei uns kümmern sich zwei Kolleginnen nebenbei darum, und das reicht nicht mehr.',
  'Der Kreis hat uns auf eure Lösung verwiesen.',
  'Wir haben im Rat die Frage bekommen, was andere Kommunen dafür ausgeben.',
  'Unser Dienstleister kündigt den Vertrag zum Jahresende.',
  'Die Rechnungsprüfung hat angemerkt, dass unser Verfahren nicht dokumentiert ist.',
  'Gibt es eine Dienstanweisung oder Checkliste, die ihr teilen könnt?',
  'Wir überlegen, das gemeinsam mit den Nachbargemeinden auszuschreiben.',
  'Die Bürgerinnen und Bürger fragen immer häufiger online danach.',
  'Im Bauhof fehlen uns die Leute, die das bisher gemacht haben.',
  'Die Fördermittel müssen bis Ende des Jahres beantragt sein.',
];

const ANSWER_SENTENCES = [
  'Wir haben das vor zwei Jahren umgestellt und würden es wieder so machen.',
  'Sprecht zuerst mit eurem Datenschutzbeauftragten, das spart später Zeit.',
  'Die Vorlage aus unserem Wiki passt fast unverändert.',
  'Wir arbeiten dafür mit drei Nachbarkommunen zusammen, die Kosten teilen wir nach Einwohnern.',
  'Ruft mich gerne an, ich zeige euch unseren Ablauf.',
  'Bei uns hat das der Kreis übernommen, fragt dort nach.',
  'Plant für die Einführung mindestens ein halbes Jahr ein.',
  'Das Programm ist gut, aber die Schnittstelle zur Finanzsoftware kostet extra.',
];

const COMMUNITIES: [name: string, policy: 'open' | 'request'][] = [
  ['E-Rechnung', 'open'],
  ['Bauhöfe Niedersachsen', 'open'],
  ['Agile Verwaltung', 'open'],
  ['Vergabestellen', 'request'],
  ['Winterdienst und Straßenunterhaltung', 'open'],
  ['OZG-Umsetzung', 'open'],
  ['Friedhofsverwaltungen', 'open'],
  ['Kämmereien', 'request'],
  ['Kommunale Wärmeplanung', 'open'],
  ['Personalämter', 'request'],
  ['Informationssicherheitsbeauftragte', 'request'],
  ['Digitale Sitzungen', 'open'],
  ['Standesämter', 'open'],
  ['Ordnungsämter Südwestfalen', 'open'],
  ['Klimaschutzmanagement', 'open'],
  ['Kita-Verwaltung', 'open'],
  ['Geodaten und GIS', 'open'],
  ['Bürgerservice', 'open'],
  ['Feuerwehrverwaltung', 'request'],
  ['Open Data', 'open'],
  ['Wirtschaftsförderung ländlicher Raum', 'open'],
  ['Gebäudemanagement', 'open'],
  ['Ausbildungsleitungen', 'request'],
  ['Datenschutzbeauftragte', 'request'],
  ['KI in der Verwaltung', 'open'],
  ['Leichte Sprache', 'open'],
  ['Archive', 'open'],
  ['Bauhöfe Südwestfalen', 'open'],
  ['Stadtmarketing und Tourismus', 'open'],
  ['Gleichstellungsbeauftragte', 'request'],
];

const FIRST_NAMES = [
  'Anna',
  'Lena',
  'Sabine',
  'Petra',
  'Julia',
  'Katrin',
  'Miriam',
  'Sandra',
  'Claudia',
  'Jana',
  'Nicole',
  'Aylin',
  'Thomas',
  'Michael',
  'Stefan',
  'Andreas',
  'Jan',
  'Markus',
  'Tobias',
  'Frank',
  'Jürgen',
  'Deniz',
  'Lukas',
  'Felix',
];
const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Braun',
  'Hofmann',
  'Zimmermann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Yılmaz',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Möller',
];
const JOB_TITLES = [
  'Sachbearbeiterin Finanzen',
  'Leiter Bauhof',
  'Sachbearbeiter Vergabe',
  'Digitalisierungsbeauftragte',
  'Leiterin Bürgerbüro',
  'Kämmerer',
  'Standesbeamtin',
  'Mitarbeiter Ordnungsamt',
  'Klimaschutzmanagerin',
  'IT-Koordinator',
  'Personalsachbearbeiterin',
  'Hauptamtsleiter',
  'Friedhofsverwalterin',
  'Bautechniker',
];
const DEPARTMENTS = [
  'Finanzen',
  'Bauhof',
  'Zentrale Dienste',
  'Bürgerbüro',
  'Ordnung und Soziales',
  'Bauen und Planen',
  'Personal',
  'Digitalisierung',
  'Hauptamt',
  'Umwelt und Klima',
];

/** A JS list as a PostgreSQL text[] (one parameter). */
function list(values: readonly string[]): SQL {
  return sql`(select array_agg(v order by i) from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) with ordinality as t(v, i))`;
}

/** A number written into the statement (parameters of unknown type do not take arithmetic). */
function n(value: number): SQL {
  if (!Number.isFinite(value)) throw new Error(`not a number: ${value}`);
  return sql.raw(String(value));
}

async function count(tx: Tx, table: string): Promise<number> {
  const rows = await tx.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

function timed(tx: Tx): Tx {
  const execute = tx.execute.bind(tx);
  return Object.assign(Object.create(tx) as Tx, {
    execute: async (query: SQL) => {
      const started = performance.now();
      const result = await execute(query);
      const first = query.queryChunks[0] as { value?: string[] } | undefined;
      const text = (first?.value?.[0] ?? '').trim().replace(/\s+/g, ' ').slice(0, 70);
      console.log(`    ${Math.round(performance.now() - started)} ms  ${text}`);
      return result;
    },
  });
}

export async function seedNetwork(db: Db, options: { persons: number; questions: number }): Promise<NetworkWorld> {
  const world = await db.transaction(async (outer) => {
    // BENCH_SEED_TIMES=1 prints each statement's time.
    const tx = process.env.BENCH_SEED_TIMES ? timed(outer) : outer;
    await tx.execute(sql`select setseed(0.42)`);
    // Loaded as a restore would: the rows are consistent by construction, so the foreign keys' checks
    // (triggers) are skipped, and the GIN indexes of the large tables are built once at the end
    // instead of row by row.
    await tx.execute(sql`set local session_replication_role = replica`);
    const ginIndexes = (
      (await tx.execute(sql`
        select indexname, indexdef from pg_indexes
        where schemaname = current_schema() and tablename in ('persons', 'questions', 'answers')
          and indexdef like '%USING gin%'`)) as unknown as { rows: { indexname: string; indexdef: string }[] }
    ).rows;
    for (const index of ginIndexes) await tx.execute(sql.raw(`drop index "${index.indexname}"`));

    // About 200 municipalities spread over the country (every 55th by its key), Seevetal and Brilon too.
    await tx.execute(sql`
      create temp table b_orgs on commit drop as
      select (row_number() over (order by ags) - 1)::int as k, id, land_code
      from (
        select id, ags, land_code, row_number() over (order by ags) as rn
        from organisations where type in ('gemeinde', 'stadt') and dissolved_at is null
      ) o
      where rn % 55 = 0 or ags in ('03353031', '05958012')`);
    const organisationCount = await count(tx, 'b_orgs');

    // People: person n belongs to organisation n mod (organisations), so n + k·(organisations) is a colleague.
    await tx.execute(sql`
      create temp table b_persons on commit drop as
      select n, gen_random_uuid() as id, o.id as org, o.land_code
      from generate_series(0, ${n(options.persons - 1)}) n
      join b_orgs o on o.k = n % ${n(organisationCount)}`);
    await tx.execute(sql`
      insert into persons (id, name, email, password_hash, email_verified_at)
      select p.id,
        (${list(FIRST_NAMES)})[1 + p.n % ${n(FIRST_NAMES.length)}] || ' ' || (${list(LAST_NAMES)})[1 + (p.n / 7) % ${n(LAST_NAMES.length)}],
        'person-' || p.n || '@network.bench.example', 'not-for-signing-in', now()
      from b_persons p`);
    await tx.execute(sql`
      insert into organisation_memberships (person_id, organisation_id, role, status, confirmed_at)
      select id, org, case when n < ${n(organisationCount)} then 'admin' else 'member' end, 'confirmed', now()
      from b_persons`);
    await tx.execute(sql`
      insert into network_profiles (person_id, job_title, department, languages, phone, about, visibility)
      select id,
        (${list(JOB_TITLES)})[1 + n % ${n(JOB_TITLES.length)}],
        (${list(DEPARTMENTS)})[1 + n % ${n(DEPARTMENTS.length)}],
        case when n % 4 = 0 then '{de,en}'::text[] else '{de}'::text[] end,
        '+49 5105 ' || (10000 + n % 90000),
        'Seit ' || (2000 + n % 24) || ' in der Verwaltung, gern ansprechbar.',
        case when n % 20 < 8 then 'alliances' when n % 20 < 15 then 'platform' else 'organisation' end
      from b_persons`);

    // Alliances: one per Land with at least five of the municipalities, and one across Länder.
    await tx.execute(sql`
      create temp table b_alliances on commit drop as
      select gen_random_uuid() as id, o.land_code, (array_agg(o.id order by o.k))[1] as creator_org,
        'Kommunalverbund ' || l.name as name
      from b_orgs o join organisations l on l.type = 'land' and l.land_code = o.land_code
      group by o.land_code, l.name having count(*) >= 5
      union all
      select gen_random_uuid(), null, (array_agg(o.id order by o.k))[1], 'Digitalverbund Nord-West'
      from b_orgs o where o.k % 10 = 3`);
    await tx.execute(sql`
      insert into alliances (id, name, slug, created_by_organisation_id, created_by)
      select a.id, a.name, 'bench-' || left(a.id::text, 8), a.creator_org,
        (select p.id from b_persons p where p.org = a.creator_org order by p.n limit 1)
      from b_alliances a`);
    await tx.execute(sql`
      insert into alliance_members (alliance_id, organisation_id, status, joined_at)
      select a.id, o.id, 'member', now()
      from b_alliances a join b_orgs o on o.land_code = a.land_code or (a.land_code is null and o.k % 10 = 3)`);

    // Tags: the topics (ranks 0 … 104), then each topic with each aspect, keyed as the app folds names.
    await tx.execute(sql`
      create temp table b_tags on commit drop as
      select (i - 1)::int as rank, gen_random_uuid() as id, name, key,
        (case when i <= ${n(TOPICS.length)} then i - 1 else (i - 1 - ${n(TOPICS.length)}) / ${n(ASPECTS.length)} end)::int as topic
      from unnest(${list(TAG_NAMES)}, ${list(TAG_NAMES.map(tagKey))}) with ordinality as t(name, key, i)`);
    await tx.execute(sql`create index on b_tags (rank)`);
    await tx.execute(sql`
      insert into network_tags (id, name, key, created_at)
      select id, name, key, now() - interval '2 years'
      from b_tags`);
    const tagCount = await count(tx, 'b_tags');

    // Expertise: 1–5 tags each, popular topics much more often (rank = tags · r^2.5).
    await tx.execute(sql`
      insert into network_expertise (person_id, tag_id, level, created_at)
      select e.person_id, t.id, case when e.r < 0.3 then 'expert' else 'familiar' end, now() - e.r * interval '600 days'
      from (
        select p.id as person_id, floor(${n(tagCount)} * power(random(), 2.5))::int as rank, random() as r
        from b_persons p cross join lateral generate_series(0, p.n % 5) s
      ) e join b_tags t on t.rank = e.rank
      on conflict do nothing`);

    // Endorsements by colleagues of the same organisation (n + k·organisations), on a fifth of the expertise.
    await tx.execute(sql`
      create temp table b_persons_by_n on commit drop as select n, id from b_persons`);
    await tx.execute(sql`create index on b_persons_by_n (n)`);
    for (const offset of [1, 3, 7]) {
      await tx.execute(sql`
        insert into network_endorsements (id, person_id, tag_id, endorser_id, note, created_at)
        select gen_random_uuid(), e.person_id, e.tag_id, c.id, 'hat mir bei der Umstellung geholfen', now() - random() * interval '300 days'
        from network_expertise e
        join b_persons p on p.id = e.person_id
        join b_persons_by_n c on c.n = (p.n + ${n(offset)} * ${n(organisationCount)}) % ${n(options.persons)}
        where random() < ${n(offset === 1 ? 0.2 : 0.06)}
        on conflict do nothing`);
    }
    await tx.execute(sql`
      update network_expertise e set endorsement_count = c.n
      from (select person_id, tag_id, count(*)::int as n from network_endorsements group by 1, 2) c
      where c.person_id = e.person_id and c.tag_id = e.tag_id`);

    // Communities and their members (the first ones larger), three moderators each.
    await tx.execute(sql`
      create temp table b_communities on commit drop as
      select (i - 1)::int as k, gen_random_uuid() as id, c.name, c.policy,
        0.12 / (1 + (i - 1) * 0.4) as share
      from unnest(${list(COMMUNITIES.map(([name]) => name))}, ${list(COMMUNITIES.map(([, policy]) => policy))})
        with ordinality as c(name, policy, i)`);
    await tx.execute(sql`
      insert into communities (id, slug, name, description, join_policy, approve_first_posts, created_by, created_at)
      select c.id, 'bench-' || c.k || '-' || lower(regexp_replace(c.name, '[^[:alnum:]]+', '-', 'g')), c.name,
        'Austausch zu ' || c.name || ' über Verwaltungsgrenzen hinweg.', c.policy, c.k % 5 = 1,
        (select id from b_persons_by_n where n = c.k), now() - interval '400 days'
      from b_communities c`);
    await tx.execute(sql`
      insert into community_members (community_id, person_id, role, status, trusted, created_at, joined_at)
      select c.id, p.id,
        case when p.n < 90 and p.n % 30 = c.k then 'moderator' else 'member' end,
        case when c.policy = 'request' and p.n % 20 = 7 then 'requested' else 'member' end,
        true, now() - interval '300 days', now() - interval '300 days'
      from b_communities c join b_persons p on p.n % 30 = c.k and p.n < 90 or random() < c.share
      on conflict do nothing`);

    // The reader: the first person of Seevetal shown to the alliances, in two open communities and a closed one.
    const [reader] = (
      (await tx.execute<{ id: string }>(sql`
        select p.id from b_persons p join organisations o on o.id = p.org
        where o.ags = '03353031' and p.n % 20 < 8 and p.n >= 90 order by p.n limit 1`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    if (!reader) throw new Error('no reader in Seevetal');
    await tx.execute(sql`
      insert into community_members (community_id, person_id, role, status, trusted, joined_at)
      select id, ${reader.id}, 'member', 'member', true, now() from b_communities where k in (0, 1, 3)
      on conflict (community_id, person_id) do update set status = 'member'`);

    // Questions: seven tenths in communities (the larger ones more often), the rest platform-wide.
    await tx.execute(sql`
      create temp table b_questions on commit drop as
      select q.n, gen_random_uuid() as id,
        case when q.n % 10 < 3 then null else (select id from b_communities where k = floor(30 * power(q.r1, 1.6))::int) end as community_id,
        (select id from b_persons_by_n where n = (q.n * 7919) % ${n(options.persons)}) as author_id,
        floor(${n(TOPICS.length)} * power(q.r2, 1.8))::int as topic,
        now() - q.r3 * interval '730 days' as created_at
      from (select n, random() as r1, random() as r2, random() as r3 from generate_series(0, ${n(options.questions - 1)}) n) q`);
    await tx.execute(sql`
      insert into questions (id, community_id, author_id, title, body, state, hidden_reason, created_at, updated_at, last_activity_at)
      select q.id, q.community_id, q.author_id,
        format((${list(TITLES)})[1 + q.n % ${n(TITLES.length)}], (${list(TOPICS)})[1 + q.topic],
          (${list(CONTEXTS)})[1 + (q.n / ${n(TITLES.length)}) % ${n(CONTEXTS.length)}]),
        'Wir sind eine Gemeinde mit rund ' || (3000 + (q.n * 37) % 40000) || ' Einwohnern. '
          || (${list(SENTENCES)})[1 + q.n % ${n(SENTENCES.length)}] || ' '
          || (${list(SENTENCES)})[1 + (q.n / 3) % ${n(SENTENCES.length)}],
        case when q.n % 50 = 0 then 'pending' when q.n % 97 = 0 then 'hidden' else 'published' end,
        case when q.n % 50 <> 0 and q.n % 97 = 0 then 'Werbung' end,
        q.created_at, q.created_at, q.created_at
      from b_questions q`);
    // Tags: the topic, and on most questions one or two of its variants.
    await tx.execute(sql`
      insert into question_tags (question_id, tag_id)
      select q.id, t.id from b_questions q join b_tags t on t.rank = q.topic
      union
      select q.id, t.id from b_questions q cross join generate_series(0, q.n % 3 - 1) s
      join b_tags t on t.rank = ${n(TOPICS.length)} + q.topic * ${n(ASPECTS.length)} + (q.n + s * 7) % ${n(ASPECTS.length)}`);

    // Answers on three quarters: the first by someone with the topic's expertise, the others by anyone.
    await tx.execute(sql`
      create temp table b_topic_experts on commit drop as
      select t.topic, e.person_id, (row_number() over (partition by t.topic order by e.person_id) - 1)::int as i
      from network_expertise e join b_tags t on t.id = e.tag_id and t.rank = t.topic`);
    await tx.execute(sql`create index on b_topic_experts (topic, i)`);
    await tx.execute(sql`
      create temp table b_topic_counts on commit drop as
      select topic, count(*)::int as c from b_topic_experts group by topic`);
    await tx.execute(sql`
      create temp table b_answers on commit drop as
      select gen_random_uuid() as id, q.id as question_id, q.n, s as k,
        coalesce(case when s = 0 then x.person_id end, p.id) as author_id,
        q.created_at + (s + 1) * interval '9 hours' as created_at
      from b_questions q cross join generate_series(0, q.n % 4) s
      left join b_topic_counts tc on tc.topic = q.topic
      left join b_topic_experts x on x.topic = q.topic and x.i = (q.n * 31) % tc.c
      join b_persons_by_n p on p.n = (q.n::bigint * 104729 + s * 7) % ${n(options.persons)}
      where q.n % 4 <> 0`);
    await tx.execute(sql`
      insert into answers (id, question_id, author_id, body, created_at, updated_at, score)
      select a.id, a.question_id, a.author_id,
        (${list(ANSWER_SENTENCES)})[1 + (a.n + a.k) % ${n(ANSWER_SENTENCES.length)}] || ' '
          || (${list(ANSWER_SENTENCES)})[1 + (a.n / 2 + a.k * 3) % ${n(ANSWER_SENTENCES.length)}],
        a.created_at, a.created_at, (a.n + a.k) % 6
      from b_answers a`);
    await tx.execute(sql`
      update questions q set answer_count = a.c, last_activity_at = a.last,
        accepted_answer_id = case when b.n % 9 < 4 then a.first_id end,
        score = b.n % 8
      from (select question_id, count(*)::int as c, max(created_at) as last,
              (array_agg(id order by k))[1] as first_id from b_answers group by question_id) a
      join b_questions b on b.id = a.question_id
      where q.id = a.question_id`);
    await tx.execute(sql`
      update network_expertise e set accepted_answer_count = c.n
      from (
        select a.author_id, qt.tag_id, count(*)::int as n
        from questions q join answers a on a.id = q.accepted_answer_id join question_tags qt on qt.question_id = q.id
        group by 1, 2
      ) c
      where c.author_id = e.person_id and c.tag_id = e.tag_id`);

    for (const index of ginIndexes) await tx.execute(sql.raw(index.indexdef));
    await tx.execute(sql`set local session_replication_role = origin`);

    return {
      readerId: reader.id,
      persons: options.persons,
      organisations: organisationCount,
      alliances: await count(tx, 'b_alliances'),
      tags: tagCount,
      expertise: await count(tx, 'network_expertise'),
      endorsements: await count(tx, 'network_endorsements'),
      communities: COMMUNITIES.length,
      communityMembers: await count(tx, 'community_members'),
      questions: options.questions,
      answers: await count(tx, 'answers'),
      accepted: await count(tx, 'questions where accepted_answer_id is not null'),
    };
  });
  // As autovacuum does after such a load (also after inserts alone, since PostgreSQL 13): the planner's
  // statistics of the new rows, and the visibility map, without which every index-only scan of the
  // finder (network_expertise_rank) would still visit the table for each row it reads.
  await db.execute(sql`vacuum (analyze)`);
  return world;
}
