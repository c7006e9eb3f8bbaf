"""The event coder's words: lists and code tables in
`communique/data/patterns/lexicon.json`,
validated on load, so that the Python coder holds grammar only.

Entries (each a list of lowercase words unless said otherwise):

- `speech`: verbs of saying whose complement is what is said ("said Y attacked Z": the
  attack is the news, the speaker `reported_by`); `saying_extra`: more verbs of saying, which
  introduce an obligation ("urged that Y must …") and name an event noun only as a topic
  ("mentioned the attacks", "downplayed the threat");
- `future_aux`, `hypothetical_aux`: auxiliaries of a future ("will meet") and a hypothetical
  ("would meet") clause; `possibility_aux`: auxiliaries of what may happen ("might strike"),
  which a warning foresees rather than threatens, and which make no event of the clause
  they govern (a possibility is no intent declared: "X could lift sanctions");
  `ability_aux`: auxiliaries of what the subject is able to do ("X can request Y"), which
  make no event of the clause they govern unless negated ("cannot accept": a refusal,
  `refusing_aux`), as is a stance withheld (`stance_verbs`: "does not accept Y's plan");
  `intent`:
  heads whose complement is to come ("plans to visit"); `declared_intent`: those of them
  that declare it or fix it in a schedule ("vowed to visit", "offered to help", "is
  scheduled to visit"), so that the writer telling it reports a saying or an arrangement,
  where a plan or readiness the writer tells ("plans to visit") is no intent declared;
  `readiness_words`: predicate adjectives of readiness, and `parley_nouns`: nouns of a
  meeting or talks, which together say that the subject means to meet whom the talks are
  with ("X is open to talks with Y": 036, communique/nlp/feelings.py);
  `pledging`: verbs of promising, whose bare pledge (CAMEO 030) is no intent to cooperate
  when what is promised is conflict ("vowed to veto X", `discards.promised_strife`);
  `deciding`: heads whose complement is a decision taken, which reports the act itself as
  CAMEO codes it ("decided to recall its envoy": the recall, asserted), not an intent;
  `denial`: heads whose complement is denied ("denied attacking");
- `ethnic_words`: adjectives that make a country's word for its nationals the name of an
  ethnic group ("ethnic Albanians"), who are of the country they live in, not of the state
  their name comes from;
- `citizenship_nouns`: nouns of a person's citizenship ("a Peruvian national", "Bolivian
  citizens"), whose country word says where the people are from, not where the story is;
- `clause_nouns`: nouns besides those of hearsay, charges, purposes, doubts, acts and offers
  that take a "that" clause of their own ("on condition that Y …", "the fact that Y …"), which
  a saying's phrase keeps (communique/nlp/parse_repairs.py `correct_said_in`);
- `identifying_verbs`: verbs that tell who someone is by a name in an "as" phrase ("was named
  as X"), no act done to them (communique/nlp/matching.py `_identifying`);
- `measures`: nouns that count what follows "of" ("tons of aid") or name its kind ("a type
  of parole"); `background_preps`, `background_marks`, `definite`: prepositions,
  subordinators and determiners that put an event noun in the background ("since the
  war", "the occupation"); `reason_marks`:
  subordinators of a clause of cause or concession ("because X refused", "although X
  denied it", "since X left the deal": the cause, or the time a state has lasted from), which
  gives the reason for, the start of, or a contrast with, the news its main clause reports,
  and is no news itself; `coming_verbs`: verbs of coming whose "as" clause telling an
  ongoing state is the backdrop of the news ("the move comes as X weighs Y");
  `contrast_marks`: subordinators (one word, or an adverb and a word) of a clause that sets
  another happening beside the main clause's ("sent troops while X watched", "even as X
  doubted it"), whose actors are not the main clause's target; `generic_determiners`:
  determiners that make an event noun stand for any instance of its kind ("each sale", "any
  attack"), no particular happening; `standing_adverbs`:
  adverbs that make a perfect a standing stance ("has long opposed"), not a happening;
  `earlier_adverbs`: adverbs that set a clause before the news ("has previously said"),
  an old stance retold in an article, no happening of the day;
  `habitual_adverbs`: adverbs of frequency that make a present or past clause a habit
  ("regularly visits X", "often met Y"), not a happening; `habitual_phrases`: phrases of
  frequency that do the same ("struck X from time to time");
  `adjunct_preps`: prepositions of time and means whose gerund the clause's subject does
  ("after meeting X, Y left": Y met X); `owning_up`: verbs whose "to" gerund is an act
  their subject owns up to ("admitted to meeting X": X was met); `omission`: verbs of
  leaving undone whose negation asserts their complement ("did not hesitate to attack":
  the attack happened); `inability`: adjectives whose open complement did not happen
  ("was unable to reach X"), as "was not able to" did not; `future_time_words`: words of a
  time to come ("next week", "tomorrow") that make a present clause a plan; `striving`:
  verbs of striving or wishing whose open complement is a goal pursued ("sought to punish
  X", "wants to seize Y"): force or coercion as that goal is no threat the text reports
  (an attempt, "tried to seize Y", is an act, not a goal);
  `cancelling_verbs`: verbs of calling an event off, whose passive subject never happened
  ("the meeting was canceled", "the talks were put off"; matching.topic);
  `support_verbs`: verbs that only carry out what their object noun names ("launched an
  attack", "held talks", "expressed support", "went on strike"), so the noun's event is the
  verb's; any other verb acts on the event ("sparked protests", "killed the deal", "used the
  attack"), which is not its own; `averting_particles`: particles that turn a support verb
  away from its object's event ("put off a visit", "held off an attack", "set off protests":
  postponed, resisted or set going by others), so the verb does not carry it out;
  `fulfilling`: verbs of giving whose recipient may be the direct object and the thing given
  the object of "with" ("supplied X with arms" is "supplied arms to X"); `giving_verbs`:
  verbs of giving or sending, whose passive subject, a thing named by an event noun
  ("Chilean aid was delivered to Peru"), goes to the party of the verb's "to" phrase;
  `career_spans`: nouns of a stretch of someone's career ("in his three terms", "during her
  tenure"), which a past-tense clause summarises rather than reports; `span_units`: nouns
  of a unit of time of which several make a stretch longer than the year a happening stays
  news, so that a clause spread over them sums up a record ("for years", "over the years",
  "in recent years"), rather than reports a happening; `long_spans`: nouns of a stretch
  longer than that year even as one ("over the past decade"); `span_openers`: modifiers
  that make such a stretch run up to the time of telling ("for the past two years", "in
  recent years"); `discovering`: verbs
  of coming to light, whose complement in a time clause had happened before ("after it
  emerged that X met Y");
  `acting_for`: nouns of people who act for the body after their "of" ("leaders of the
  opposition met …": the opposition acts); `member_classes`: plural nouns of states whose
  members an "including" phrase names ("other countries …, including X and Y": X and Y are
  the subject); `pair_nouns`: plural nouns that "both" or "the two" make the two parties
  named just before ("the two sides agreed …", "urged both countries to …",
  communique/nlp/pairs.py); `rank_words`: words of a rank below an office, which before a
  noun of that office ("deputy ambassador") are part of its phrase, no agent of their own
  (communique/nlp/agent_phrases.py); `envoy_nouns`: nouns of a state's envoys, whom an
  international body named with them receives ("Russia's U.N. ambassador": Russia's);
  `wishing_verbs`: verbs of wishing that another will act, which said by the one who
  wishes it ask it of them ("we hope Y will …": an appeal, communique/nlp/speech.py);
  `authored_texts`: nouns of texts that, definite and the subject of a clause, speak for
  whoever the sentences before tell issuing them ("X issued a statement. The statement
  said …", communique/nlp/authors.py); `own_bodies`: nouns of a state or its bodies that a
  possessive pronoun makes the speaker's own ("X said his country will …", "X says its
  forces …"); `others_nouns`: nouns of people of another side ("its allies", "his
  rivals"), whom a possessive pronoun relates to the subject without making them its own,
  so they can be an act's target (communique/nlp/matching.py `_not_own`);
  `speakers_bodies`: nouns of a state's government that, bare and definite in what a
  speaker says ("X said the administration will …"), name the speaker's own, as a
  possessive would (communique/nlp/agent_phrases.py `_speakers_country`);
  `anaphoric_bodies`: nouns of a state's rulers or forces that, after "the" alone, refer back to the
  body last named with that noun ("the Trump administration … the administration", "the Syrian
  regime … the regime", "the Peruvian commandos … the commandos"; agent_phrases.py
  `_bare_definite`), where no speaker makes them their own; `disowned_bodies`: nouns a writer gives
  other states' rulers ("the regime"), which never take the article's country for want of one named;
  `posted_abroad`: nouns of people who serve their state abroad ("a diplomat said", "envoys said"),
  which unnamed never take the article's country either: where a story happens says nothing of whose
  envoys speak in it (a named one, "Ambassador X", still may);
  `anonymous_nouns`: nouns news gives the people it does not name ("a senior official said
  … the official added"), which never refer back to a person named;
  `us_state_tags`: US states as the US press writes them in a lawmaker's party tag ("X,
  R-Texas,", "X (D-Calif.)", "X (R-NY)"; exact case), which make X a member of Congress;
  `epithets`: nouns that after "the" stand for a state or an international body named
  before, each with the codes of those it may stand for ("the kingdom": a monarchy, "the
  bloc": a union of states, "the world body": the UN; communique/nlp/epithets.py);
  `security_sectors`: sectors of a state's armed force and police, whose bare soldiers or
  police, in what such a body says, are its own (the same); `office_nouns`:
  nouns of an office that a definite description names its holder by ("the president",
  "the U.S. ambassador"), each with the words one of which the holder's title has
  ("premier": a "Prime Minister"): a person whose titles the knowledge base gives, none of
  them with such a word, is not the one meant (`ArticleContext.person_by_description`);
  `missions`:
  nouns of an international body's force or mission, which a phrase placing it in a country
  makes that country's ("troops for the UN force in X": aid to X); `diplomatic_posts`:
  nouns of a state's post in another country, which sits in the places named around its
  acts ("in X, the embassy tightened security": not aimed at X); `region_members`: CAMEO
  region codes and the country codes of the countries they take in ("the West", "Europe"),
  whose speakers speak for the region as their own side; `commanding`: verbs of
  giving an order, whose open complement, when the ordered are the subject's own forces
  ("ordered its troops to withdraw"), is the subject's own act; `own_staff`: nouns (both
  numbers) of the people who work for an actor, whom a possessive pronoun makes the actor's
  own ("met with his advisers", "briefed its officials": no interaction between actors);
  `home_sectors`: CAMEO sectors always some state's own (the opposition): one with no
  country that a body of a state acts on is that state's; `domestic_sectors`: sectors of
  state bodies (lawmakers, judges) whose bare plural, acted on by an official of a state,
  is that state's own ("briefed lawmakers"); `partisan_sectors`: sectors of a state's
  lawmakers and parties, whose dealings with a definite body of the state named by its kind
  alone ("Republicans declined to assist the prosecutor") are with their own state's;
  `political_sectors`: CAMEO sectors of people
  who fight with words (officials, lawmakers, parties, the opposition, judges): one of them
  "attacking" a person attacks in words; `former_words`: words before a title that say its
  role is no longer held ("former President X", "the late King Y"), so the title gives a
  person no role on the day; `unarmed_sectors`: CAMEO sectors of unarmed people
  (civilians, students, workers, the opposition), whose acts of force
  `unarmed_force_codes` recodes (CAMEO's conventional force, 19, is that of armed forces
  and groups: civilians who attack do unconventional violence, 180; protesters who
  blockade obstruct passage, 144); `armed_sectors`: CAMEO sectors of armed forces and
  groups, on whom weapons used are military force (190), not repression (175);
  `work_stoppages`: nouns of a stoppage of work, which
  unarmed people launching or starting it hold as a strike (CAMEO 143), not an act of
  force ("workers launched a strike"); `order_sectors`: CAMEO sectors of the state's
  forces of order (police, the military), and `crowd_nouns`: nouns of a crowd of civilians
  in the street, a fight between which is the forces' violent repression of the crowd
  (CAMEO 175: "violent control measures against civilian demonstrators"); `money_codes`:
  the economic kind of an unspecified code of aid, pledged or cut, whose object is a sum
  of money ("gave $5 million in aid": 071); `patient_nouns`:
  event nouns of acts done to people whose possessor undergoes the act when no "of" phrase
  names whom it is done to ("X's arrest": X is arrested; "Y's arrest of X": Y arrests);
- `pronouns`: an object from pronoun to what it refers to ("male", "female", "person",
  "group", "thing"): a pronoun subject of a reported clause is the speaker; "he"/"she" resolve
  to a person of that gender; `object_pronouns`: the same for a pronoun object ("accused
  him"), which never means the subject of its own clause; `person_nouns`: singular nouns of
  one person's office or role ("the foreign minister", "a spokesman"), whose phrase a
  "he"/"she" may refer back to as it does to a name, and which, definite, may itself refer
  back to a person named ("the Saudi minister"; "a minister" alone is too vague to act);
- modality (communique/nlp/modality.py): `condition_marks` ("in case" is two words the
  parser reads as a phrase before the clause), `counterfactual_aux`,
  `hearsay_adverbs`, `hearsay_adjectives` (adjectives that make an event noun a charge
  named, not a happening reported: "alleged attacks"), `hedge_adverbs`, `hedge_adjectives`
  (adjectives of possibility that make an event noun one that may come: "a possible
  deal"), `hearsay_nouns`,
  `hearsay_passives`, `accusing`, `modal_aux`,
  `judgements`, `inverted_aux`, `refusing`, `refusing_aux`, `failing` (verbs of falling short:
  "failed to free X" is the release negated, no refusal, except of the acts coded
  `failed_refusal_codes`, an agreement that needs the other side's yes: "failed to reach a
  deal" is each side turning down the other's terms, a rejection), `reluctance` (adjectives of
  holding back, whose infinitive is not done: "reluctant to criticize X"), `attempts`
  (verbs of winning someone over, whose failure is the other side's doing, no refusal:
  "failed to convince"), `trying` (verbs of setting about an act, whose open complement
  is attempted, not done: "tried to V", "moved to V", "worked to V"), `directing` (verbs
  of asking, pressing or empowering someone to act, whose open complement is what is asked
  or allowed, not done: "directed X to V", "pushed to V"), `seeming_verbs`
  (verbs of seeming, whose open complement is an impression, not a happening asserted:
  "appears to be handing X over"), `analyst_nouns` (nouns of people who comment on the
  news, whose telling of others' acts is their view: "X will …, analysts say"),
  `imagining` (verbs, and adjectives of hope, fear or belief: "hopeful that", whose
  complement clause is what someone sees, hopes, wants, expects, fears or remembers, not a
  reported happening), `questioning` (verbs whose "if" clause is a question, "whether":
  "asked X if Y lied" asks, it sets no condition), `mandating` (verbs of asking or
  proposing whose that-clause in a plural present is a subjunctive: "proposed that X and Y
  halt …", wanted, not done), `demanding_verbs` (verbs of saying whose bidding is a demand,
  CAMEO 10, as PETRARCH's DEMAND and INSIST [100]: "insisted that X (should) withdraw": 100),
  `causing` (verbs whose complement clause
  happens only if they do: "would allow X to visit"), `compelling` (verbs whose object is
  brought to do the open complement's act, which then happens: "led X to impose",
  "persuaded X to sign"),
  `purpose_nouns` (nouns of an aim, whose
  copula names what is sought: "the aim is to …"), `pending_marks` (subordinators whose
  present-tense clause tells a time to come or a habit: "once X lands");
- code tables (objects from a CAMEO code or prefix to a CAMEO code): `intent_codes` (an
  action said to come: cooperation → intent 03x, force → threat 13x), `reject_codes` (an
  action explicitly refused → 12x; a statement refused, "would not comment" → 011),
  `obligations` (modal → code: "X said Y must …" is a
  demand 100); `semi_modals` (verb → code: a verb whose plain present with a "to"
  infinitive binds its subject as a modal does: "X said Y has to leave" is a demand as "Y
  must leave" is); `owed_accounts` (what a reported clause says its subject owes, in the
  plain present: "X said Y owes the public an explanation" is a demand as "Y must explain"
  is); `calling_nouns` (nouns of a call to act: "it is time for Y to …", "the
  onus is on Y to …" puts the act to Y, it does not tell it done); `repercussion_verbs` and
  `repercussions`: what a reported clause says its subject will undergo ("X said Y would pay
  a price / suffer consequences": a threat, 130);
  `ordeals`: nouns a reprisal still to come is said to be for someone ("X said its
  response would be a nightmare for Y": a threat, 130); `warning_nouns`: nouns a reported
  clause calls the speaker's own act, with whom it warns ("X said the drills were a warning
  to Y": a threat, 130); `rueing_verbs`: verbs whose
  subject a reported clause still to come says will rue something ("X said Y would regret
  it": a threat, 130); `reprisal_verbs`: verbs of a reprisal the speaker's side says it
  will take, a threat to the one whose act in the "if" clause would bring it on, else to
  whom it is done to, its object or its "against" or "on" phrase ("if X crosses the line,
  we will destroy them", "we will punish X", "we will retaliate against X": 130);
  `response_verbs`: verbs of a response the speaker's side says it will make to any act of
  another ("we will respond to any attack by X": a threat to X, 130);
  `blame_predicates`: adjectives a reported clause says of its subject that blame it ("X said
  Y was responsible": an accusation, 112), and the infinitive that does ("Y was to blame"),
  which is no act of its subject's; `blame_nouns`: nouns of blame that a reported clause
  lays on someone, the subject of a verb of resting (`resting_verbs`) with a "with" or
  "on" phrase ("X said the blame lies with Y") or a copula's predicate owned by them ("X
  said the attack was Y's fault"): an accusation of Y, 112, as is a noun of
  responsibility (`responsibility_nouns`) so laid for a bad thing or a happening ("the
  responsibility for the attack lies with Y"; not "for security": a duty);
  `blame_prepositions`: prepositions that lay a violent happening at a reported clause's
  subject's door ("X said Y was behind the bombing": an accusation, 112);
  `complicity_words`: the lemmas of a participle or adjective whose "in" phrase naming a
  violent happening lays it at a reported clause's subject's door as well ("X said Y was
  involved / complicit in the bombing": 112);
  `open_options` and `open_options_places`: the subjects and
  the place of the idiom of a threat kept open ("X said all options are on the table": a
  threat, 130); `exclusion_verbs`: verbs of excluding an act (with their particle), whose
  denial keeps an act of force open, a threat ("X did not rule out military action": 138);
  `permission_verbs`: verbs of letting someone act, whose negated passive under "can"
  (`permission_aux`: its forms) says what must not be let happen ("X said Y cannot be
  allowed to …": a demand, 100, as "must not be allowed" is); `wrongdoing_verbs`: verbs,
  or "verb object" pairs, or "verb as noun" pairs (the noun of the verb's "as" phrase:
  "used X as a pretext"), of a wrong a reported clause says its subject did ("X said Y
  lied / violated the deal / meddled / made a mistake / bears responsibility for Z": an
  accusation, 112, as the codebook's accusations of crime or bad faith;
  wrongs that are events of their own, "violated the ceasefire", stay those events);
  `conduct_harms`: verbs of harm or failure whose subject, an act, a decision or words
  said to have done it or to be about to, is judged badly ("Y's plan would hurt the
  region", "Y's policy has failed": criticism of Y, 111), as is a measure taken against
  someone (`measure_nouns`: sanctions, bans, tariffs) so said;
  `keeping_verbs`: verbs of keeping an undertaking (`undertakings`: an agreement, a
  promise, an obligation), which negated or after "failed to" say of a reported clause's
  subject that it broke it ("Y has not honored the accord": 112, as "violated" is);
  `harm_verbs`: verbs of bringing something about whose object, when it is a bad thing
  (valence.py: "caused chaos", "spread lies", "brought misery"), makes the clause a wrong
  its subject did, as a wrongdoing verb does; `aspect_verbs`: verbs of going on with or
  taking up an act, through whose open complement a reported clause tells what its subject
  does ("Y continued to sponsor terrorism" is "Y sponsored terrorism");
  `opinion_verbs`: verbs of holding an opinion, whose clause in the speaker's own voice
  inside what is said is what is said ("'I think Y is wrong,' X said": X says Y is wrong);
  `certainty_words`: adjectives by which "it is … that" calls its clause certain, so that
  inside what is said the clause is what is said ("it is clear that Y lied");
  `doubt_nouns`: nouns by which "there is no … that" calls its clause certain in the same
  way ("there is no doubt that Y lied");
  `demonstratives`: pronouns that point back to an act told before ("'This is a
  betrayal,' X said": the verdict is on the doer of the act the sentence before tells);
  `naming_verbs`: verbs that name their object as
  something ("called X a liar", "described X as reckless"), a censure (111) where that is a
  bad verdict, as is one whose "to" phrase a verb of likening names (`likening_verbs`:
  "likened X to a tyrant"); what counts as one is a word of negative valence in the
  sentiment lexicon (valence.py) or in `censure_words`, and never one of `feeling_words`
  (what someone feels or suffers: "X was angry", "X was a prisoner" is no verdict on X);
  `stance_participles`: participles that with a "to" phrase say a stance their subject holds
  ("X is opposed to Y": X opposes Y), no passive; `excess_adverbs`: adverbs that make a good
  word a fault ("overly sympathetic", "too friendly": no praise); `displeasure_words`:
  feelings of displeasure that, about an actor, are the feeler's disapproval of it ("X was
  disappointed in Y": 110, feelings.py); `speaking_verbs`: verbs of speaking out, whose
  infinitive of purpose is what was said ("X tweeted to deride Y": X derides Y;
  syntax.said_on_medium); `trusting_verbs`: verbs of trusting whose denial in the passive
  is a verdict against the subject ("Y cannot be trusted": 111);
  `shame_words`: feelings of shame that a modal says someone owes ("Y should be ashamed":
  a reproach, 111, no appeal);
  `linking_verbs`: verbs that link a subject to what it is ("Y is / remains / stays / became a
  threat"); `classing_verbs`: verbs that class their subject as what their object, or their
  "to" phrase, names ("the strike constitutes a violation", "amounts to a crime"): a
  verdict on the subject as a linking verb's predicate is (syntax.predicates);
  `subservience_words`: adjectives that say someone serves another's will, a censure only
  with the "to" or "of" phrase naming whom ("X is captive to Y", "beholden to Y"); alone
  they may tell a plain state ("the men are still captive");
- lists of CAMEO roots: `content_roots` (events whose complement clause is their content),
  `saying_roots` (intents and threats, which the saying itself performs),
  `told_on_roots` (acts of words against someone, which a "who" clause in the simple past
  after a person's name tells as news: "said X, who accused Y of lying"),
  `spoken_attempt_roots` (CAMEO roots of acts done by speaking, which an attempt already
  does: "sought to reassure X", "tried to persuade Y", "attempted to urge unity"; an
  attempted meeting or attack is not done),
  `performative_roots` (verbal acts a speaker performs by naming them in the first person
  and the simple present: "we condemn X", "I urge X", "we reject X"; CAMEO's verbal
  cooperation and conflict without statements, consultations and protests),
  `sceneless_roots` (verbal acts, aimed at whom they name: a town where one is made, or
  where what it is about happened, is not its target),
  `announced_roots` (acts that announcing them for the future opens: "will investigate X"
  starts an investigation, which PLOVER codes with the future in its context; what "would"
  be done stays unasserted),
  `promising_roots` (events whose "that" clause is what is promised or ensured, so the
  clause's subject is not whom it is aimed at: "ensured X would win"), `appeal_roots`
  (appeals, which ask for what is to be done: a "that" clause stating what is, "suggested that
  the talks had failed", makes no appeal),
  `home_target_roots` (with no target named, aimed at the source's own country: protests)
  and `home_target_roots_for_groups` (the same for non-government or placed sources:
  demands and refusals by a country's people); of those, `state_refusal_roots` (refusals)
  get no home target from a source of the `state_sectors` (CAMEO sector codes of the
  state's bodies and of political parties: the government, the forces, the courts, the
  legislature, a party): a state body or a party refusing something refuses no action of
  its own country (a demand by a legislature is still aimed at its state);
- `reciprocal_codes`: CAMEO codes and prefixes of events the codebook codes twice, actors
  reversed, when their source is "X and Y" with no one else aimed at ("X and Y agreed",
  "X and Y held talks", "X and Y failed to reach agreement"); `reciprocal_verbs`: verbs
  whose plural subject, with no object, does the event to each other, whatever its code
  ("X and Y clashed"; not "X and Y fought the rebels"), and the nouns of them, which
  name the sides in a "between" phrase ("a clash between X and Y", "fighting between X and
  Y"); `exchange_verbs`: verbs whose plural
  subject trades their object both ways ("X and Y exchanged fire"); `joint_words`: words
  that make an event of "X and Y" of a cooperative root (`joint_roots`) done together, coded
  both ways as the reciprocal codes are ("X and Y held joint exercises"; not "X and Y
  jointly condemned Z": one voice aimed at Z); `exercises`: nouns (or a compound and its
  noun) of military exercises, which PLOVER codes as cooperation when two sides hold them
  and as a posture when one does; `messages`: nouns of what is sent to be read (a letter, a
  cable), whose addressee is whom a participle saying what it says is aimed at ("sent a
  letter to X threatening to …"); `writing_verbs`: verbs of sending a written message
  with no message named, whose "to" phrase is then the addressee ("wrote to X, asking …");
  `option_nouns`: nouns of a means, and `weighing_verbs`: verbs of weighing one, whose
  subject would do the "to" infinitive on the means ("is weighing options to punish X": a
  threat, where the act is force or coercion); `asking_roots`: CAMEO roots
  whose "from" phrase names the target (appeals and demands made of X, requests of X
  refused: "demanded an apology from X", "refused a request from X"); `taking_codes`: CAMEO
  codes and prefixes of taking property, whose "from" phrase names whom it is taken from,
  the target ("seized the cattle from X"); `sent_force_codes`: CAMEO codes and prefixes of
  sending or moving forces (military aid, peacekeeping, posture), whose passive with no
  "by" agent is done by the forces' own side ("X troops were deployed to Y", when Y is
  abroad); `judging_roots`: CAMEO roots of a stance taken toward an act (praise,
  investigation, disapproval, rejection), aimed at the act's doer,
  whom the "by" phrase of the event noun names ("condemned the killing of X by Y": Y), as a
  possessive does ("Y's killing of X"); `act_roots`: CAMEO
  roots (or codes: a symbolic act, 017, in the statements' root) of acts (meeting, signing,
  aid, yielding, force, a wreath laid), as against utterances (statements,
  appeals, intents, demands, disapproval, rejection, threats, each said anew each time it is
  said); `aimed_roots`: CAMEO roots of acts done to or with
  a partner (intent to cooperate, diplomatic cooperation, material cooperation, aid,
  investigation, demands, rejection, reducing relations: 03, 05, 06, 07, 09, 10, 12, 16),
  which with no partner named tell no interaction in an article;
  `partnerless_codes`: CAMEO codes of a stance or pledge in general terms (030
  intent to cooperate, 051 praise or endorse, 052 defend verbally, 110 disapprove, 111
  criticize), which with no one named to cooperate with, praise, defend or blame are
  domestic policy or a stance on an idea or a happening ("promised lower taxes", "endorsed
  the plan", "defended the reform", "condemned the violence", "voiced concern"), no
  interaction between actors, and of a statement not specified (010), which with no one
  named it is made to or about says only that its source spoke ("announced: '…'");
  `denial_codes`: CAMEO codes of denials, aimed only at whom they answer (the accuser, the
  one told), never at an actor the denied act names; `responsibility_codes`:
  CAMEO codes of owning up to or denying a deed, which the place the deed happened in is no
  target of ("claimed responsibility for the bombing in X"); `place_target_codes`:
  CAMEO codes whose target may be the place they are imposed in (curfews, states of
  emergency, blockades: "imposed a curfew in the border districts"); `acted_place_codes`:
  CAMEO codes and prefixes of material acts (aid, posture, force) done in or into a place,
  and `left_place_codes`: those of leaving or expelling from one (retreat, expulsion),
  whose target, when no actor is named, is the place the act is done in, goes to or
  leaves, as the CAMEO manual takes the location of a deployment or a withdrawal;
  `withdrawn_force_codes`: CAMEO codes and prefixes of withdrawing or standing down
  forces (done or announced), whose target is never the source country's own armed forces
  ("announced a pullout of its own troops": the troops are what is withdrawn, not whom it
  is aimed at);
  `undergoing`: verbs
  whose subject undergoes the event their object names, done by the actor of a "from" or
  "by" phrase ("came under attack from X", "won concessions from X", "met with criticism
  from X": X is the source), or brings it on itself ("Y's decision prompted a rebuke from
  X": X rebukes Y); such a verb is read so before its own patterns;
  `occurring`: verbs, or a verb and its particle or object, that say their subject, an
  event noun, happens or ends ("clashes broke out between X and Y", "talks took place in Z",
  "the talks failed"): the
  verb's phrases name the event's sides; `doer_of_nouns`: event nouns of going somewhere or
  meeting whose "of" phrase names who does it ("the visit of X to Y", "a meeting of X and
  Y"), not whom it is done to, and which a verb done in them makes its subject's, held then
  ("during a visit to Y, X said …": syntax.held_in); `meeting_nouns`, `meeting_verbs`: nouns
  and verbs of meeting whose "with" phrase, in the purpose of a journey ("flew to X for talks
  with Y", "… to meet Y"), names whom the visit is made to; `ceremony_nouns`: ceremonies for
  the dead, whose "of" phrase names the one mourned ("gathered for the funeral of X"), no
  side of an act;
  `occasion_nouns`: nouns that date an act by an occasion, whose "of" phrase names the
  occasion, no side of the act ("on the eve of X's visit", "on the sidelines of X's summit",
  "on the anniversary of X's death");
  `share_nouns`: nouns of having a share in something, whose
  "in" phrase names the event the verb's subject takes part in ("took part in the attack",
  "played a role in the talks"), and whose "of" phrase after "as" names the campaign a
  passive is done in, by its doer ("X was arrested as part of Y's crackdown": Y arrests);
  `disowned_shares`: nouns of a share that a speaker saying its side had none of denies
  responsibility ("said it had no role / involvement in Y", 016); `falsity_words`:
  predicates by which a speaker saying a charge against its side (`charge_nouns`) is false
  denies it ("said the accusations were baseless", 016, aimed at the charge's owner, as
  "called the accusations baseless"); `effort_verbs`: verbs whose force sense ("struggled
  with police") is an effort when an open complement follows ("struggled to unite the
  party", "battled to keep her seat"); `defiance_nouns`: nouns of a stance whose "in <noun>
  of / against / to X" adjunct on a verb of protest names whom the protest is aimed at
  ("marched in protest against X", "blocked roads in defiance of X": X, not the roads nor
  the marchers' own country); `protest_nouns`: nouns of a protest (and "hunger" of a hunger
  strike the parser heads on it), which as a verb's object name the protest, not what it is
  against ("held a rally against X": X); `street_protest_verbs`: verbs whose protest sense
  (CAMEO 14) takes no object and no clause ("demonstrated outside the embassy"): with one they
  show or gather something ("demonstrated its resolve", "demonstrated that …", "rallied
  support"), which is no protest; `protest_clause_verbs`: verbs whose clause on an act
  of protest says what it is against ("went on strike to protest against X": X);
  `dismissing_verbs`: verbs that, done to a person, dismiss them from office ("fired the
  minister"), no force; `entering`: verbs of entering a country,
  whose object a visa or an entry refused in the passive lets one into ("X was denied a visa
  to enter Y": Y refuses it); `quoting_verbs`: verbs that report someone's
  words through an "as" phrase ("quoted X as saying", "X was cited as saying"): the one
  quoted, their object or passive subject, is the speaker; `attributing_verbs`: verbs besides
  those of saying that attribute a quotation next to them to their subject ('"…," X
  continued', 'X replied: "…"'; attribution.py).

- `adverb_particles`: adverbs that the parser labels so where they are the particle of a
  phrasal verb followed by a preposition ("pushed back against X": push back, against X) or
  standing before the verb's object ("brushed aside the demands")
  (communique/nlp/syntax.py `particle_as_prep`).

- `compass_words`: capitalised words that make a longer place's name with another name
  ("South America", "Latin America"): a name inside a CAMEO region's name so made is the
  region's, no actor of its own, and so is a people's word so made ("Central American")
  (communique/nlp/naming.py `other_place`).

- `divided_halves`: an object from "north"/"south" to the country (ISO code) that "the
  North" / "the South" stand for in an article that names that country: the half of a
  divided country its own news calls so (communique/nlp/actors.py `_halves`).
- `distinction_nouns`: nouns of an honour or a programme ("Order", "Prize", "Program") whose
  capitalised name a country word may open ("the Peruvian Order of the Sun"): that word
  is part of the name, no actor (communique/nlp/actors.py `_names_a_distinction`).
- `inquiry_nouns`: nouns of an inquiry or an affair ("investigation", "probe", "scandal"):
  a country's name compounded before one says what is inquired into, not whose inquiry
  it is; no actor (communique/nlp/actors.py `_drop_topics_and_scenes`).
- `region_adjectives`: adjectives of a region of several states ("European", "Western"),
  which make an agent phrase they modify ("European officials") the people of states the
  text does not name: no country of the article's (communique/nlp/agent_phrases.py
  `_of_a_region`).
- `state_nouns`: plural nouns of states ("countries", "nations"): people "from" them
  ("lawmakers from 12 countries") are of several states the text does not name, so an
  agent phrase so placed takes no country of the article's (communique/nlp/agent_phrases.py
  `_of_a_region`).
- `patronage`: verbs of backing, arming or brokering whose participle, hyphened after a
  name ("US-backed rebels", "Iranian-armed militias", "UN-brokered talks"), says who stands
  behind the people: the patron is no actor of the clause, nor the country of the people
  (communique/nlp/actors.py `_patron`); a text, an agreement or an idea so backed ("a
  US-backed resolution") is its backer's, who stays named, unless the verb is one of
  `mediating` ("a UN-brokered truce": the go-between is no party to it).
- `offer_nouns`: nouns of what one party puts to another (an offer, a proposal, a request):
  accepted, welcomed or refused as "that offer" (or "it") with no one named, it is answered
  to whoever the article last told put one (communique/nlp/coding.py `_offer_answered`).
- `act_nouns`: nouns that point back to an act told before ("the move", "the decision"):
  praised, condemned or rejected with no one named, the stance is aimed at whoever the
  article last told did something (communique/nlp/coding.py `_act_judged`).
- `call_media`: nouns of the means of a call ("spoke by telephone with X"), whose "with"
  phrase the parser hangs on them though it names the verb's partner
  (communique/nlp/matching.py `stranded_partners`); a phrase of one makes speaking a
  telephone call (041).
- `charge_nouns`: nouns of a charge or a reproach made against someone ("the accusations",
  "the criticism"): denied or rejected with
  no one named, the denial answers whoever the article last told accused or disapproved of
  the denier (communique/nlp/coding.py `_charge_denied`).
- `conduct_verbs`: verbs of conduct ("behaved irresponsibly", "handled the crisis
  badly"), whose adverb of manner, when a bad verdict, judges the conduct of their subject
  in what a speaker says (communique/nlp/speech.py `_condemned_manner`); an adverb on an
  act of its own ("brutally attacked") is how the act was done, which codes itself;
  `course_verbs`: verbs of taking or showing a course ("playing a dangerous game",
  "pursued a reckless policy"), whose object's bad epithet or "of" phrase does the same,
  and `campaign_verbs`: verbs of carrying on a campaign ("waging a campaign of lies"),
  whose object's bad "of" phrase does (an epithet of an act so carried out, "conducted a
  brutal attack", leaves the act to code itself)
  (`_condemned_course`; not the object's own word: "showed the crisis" judges no one).
- `water_words`: words that head the name of a sea ("the Sea of Japan", "the Gulf of
  Mexico"): a country named inside it after "of" is part of the place's name, no actor
  (communique/nlp/actors.py `_sea`).
- `seat_cities`: an object from a city whose name the knowledge base gives to a body seated
  there ("Brussels" for the European Union) to the city's country (ISO code): "in Brussels",
  "the Brussels attacks" name the town, as a capital so placed names its country's place
  (communique/nlp/actors.py `_name_at`).
- `body_kinds`: an object from a description of a kind of body the Phoenix agents table lacks
  ("advocacy group") to its CAMEO sector: an organisation the knowledge base lacks so described
  takes it (communique/nlp/bodies.py).
- `region_abbreviations`: an object from the abbreviated region a dateline writes after a
  town (the AP stylebook's states and provinces: "Va.", "Ont.") to its country (ISO code),
  which the gazetteer, holding no abbreviations, cannot look up
  (communique/nlp/context.py `_dateline`).

- `foreign_words`: adjectives that say the people an agent phrase names are from abroad
  ("foreign fighters", "international troops"): a generic target so described takes no
  country from the place the sentence puts it in, whose people they are not
  (communique/nlp/arguments.py `placed`); an agent phrase that begins with the word
  ("foreign minister") is not so modified.

- `undergone_figures`: nouns of force that a verb of undergoing (`undergoing`) makes a
  figure of speech when no armed force does it and no armed force, place or war machine
  undergoes it ("came under fire from lawmakers", "drew flak from the unions"): words
  aimed at the subject, criticism (CAMEO 111); from an armed force, shooting (CAMEO 190;
  communique/nlp/matching.py `fire_undergone`).

- `weapon_nouns`: head nouns (lemmas) of weapons and war machines ("missile", "drone",
  "warplane"): an agent phrase so headed with no owner in its own phrase ("a cruise missile
  struck") takes no country from the article, as people would: who fired it is not said
  (communique/nlp/agent_phrases.py); a phrase so headed that no actor's name codes is no
  target, a thing and not someone aimed at (communique/nlp/arguments.py `generic_target`).

- `casualty_verbs`: verbs of harming people ("kill", "wound", "injure") whose participle
  after an act of force tells what that act did ("struck the camp, killing 20"), the same
  happening, coded once, at the act (communique/nlp/happenings.py `casualties_of`).

- `origin_participles`: participles that a name joined to them by a hyphen makes an
  adjective of where someone or something is from or based ("a London-based group", "an
  Iranian-born writer"): the name says where, so a capital there is the place, not its
  government (communique/nlp/naming.py `names_origin`).

- `page_labels`: labels a news site prints on a caption, video or link line ("Image
  caption", "JUST WATCHED", "Read more", "More:"), as printed (case kept; one ending in
  punctuation may run into the headline it labels): such a line is page furniture, not
  news (communique/nlp/happenings.py).

- `title_abbreviations`: abbreviated titles and ranks written before a name ("Col.",
  "Sgt.", "Amb."), as printed: the tokenizer keeps each one word with its full stop, as the
  model's own exceptions keep "Gen." and "Sen.", so that the agent phrases
  (data/actors/agents.tsv) give the person named after it a sector.
- `test_verb_forms`: verbs of testing a weapon written with a hyphen ("test-fired",
  "test-launching"), lowercase: the tokenizer keeps each one word (also capitalised), which
  the model then tags and parses as the verb it is (split, "test - fired" is often read as
  a modifier of the object), and the coder reads as the verb "test"
  (communique/nlp/parse_repairs.py `correct_lemmas`).

- `answerable`: adjectives that, as the predicate of a linking verb, make its subject the
  doer of the event noun their "for" or "of" phrase names ("X was responsible for the
  attack", "Y is guilty of the killings"; "behind" does so as a preposition: "X was behind
  the bombing").
- `circumstance_preps`: prepositions of the circumstances an act is done under ("under X's
  leadership", "under pressure from Y", "under the auspices of Z"), whose phrase names no
  one the act is aimed at.
- `press_nouns`: the press a saying is addressed to ("told reporters", "said to journalists",
  "told <X> News"): the audience, no one the saying is aimed at.
- `media_nouns`: media and platforms an act of saying is made on ("threatened on Twitter to
  V", "warned on state television"): where it was said, no one it is aimed at.
- `era_words`: words a name is joined to by a hyphen to say when or how, not who ("the
  Obama-era rule", "Soviet-style planning").
- `issuing_verbs`: verbs of giving out a text (`utterance_nouns`), whose participle on the
  text tells what the issuer does by it ("issued a statement condemning X": X is
  condemned by the issuer).
- `utterance_nouns`: what a saying is made in ("said in a statement that …", "wrote in a
  letter that …"): the "that" clause the parser hangs on the noun is what the verb says.
- `chambers`: the short names of chambers of a legislature, as written (capitalised: "a
  house" is a building), that name the legislature alone ("the House voted") or open the
  name of one of its committees, whose last word is one of `committee_words` ("the House
  Judiciary Committee").
- `verb_forms`: an object from an inflected verb form to its lemma, for the forms the
  model's lemmatizer gets wrong ("staged" → "stag", "hoped" → "hop", "forgave" left as it
  is); the coder corrects their lemma on verbs before it reads the parse.

A user file of the same shape, named by the environment variable `COMMUNIQUE_LEXICON`,
replaces the entries it names when communique is loaded. A bad file is refused with E070.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from communique import cameo
from communique.errors import CommuniqueError

ENV = "COMMUNIQUE_LEXICON"
Words = frozenset[str]


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    about: str = Field("", alias="_about")
    speech: Words
    saying_extra: Words
    future_aux: Words
    hypothetical_aux: Words
    intent: Words
    declared_intent: Words
    readiness_words: Words
    parley_nouns: Words
    pledging: Words
    deciding: Words
    denial: Words
    ethnic_words: Words
    citizenship_nouns: Words
    clause_nouns: Words
    identifying_verbs: Words
    measures: Words
    background_preps: Words
    background_marks: Words
    coming_verbs: Words
    reason_marks: Words
    contrast_marks: Words
    definite: Words
    generic_determiners: Words
    standing_adverbs: Words
    earlier_adverbs: Words
    habitual_adverbs: Words
    adjunct_preps: Words
    owning_up: Words
    omission: Words
    inability: Words
    habitual_phrases: Words
    future_time_words: Words
    striving: Words
    fulfilling: Words
    support_verbs: Words
    averting_particles: Words
    cancelling_verbs: Words
    career_spans: Words
    span_units: Words
    long_spans: Words
    span_openers: Words
    discovering: Words
    acting_for: Words
    member_classes: Words
    pair_nouns: Words
    rank_words: Words
    envoy_nouns: Words
    wishing_verbs: Words
    authored_texts: Words
    own_bodies: Words
    others_nouns: Words
    speakers_bodies: Words
    anaphoric_bodies: Words
    disowned_bodies: Words
    posted_abroad: Words
    us_state_tags: frozenset[str]
    anonymous_nouns: Words
    epithets: dict[str, Words]
    security_sectors: Words
    office_nouns: dict[str, frozenset[str]]
    patient_nouns: Words
    pronouns: dict[str, str]
    object_pronouns: dict[str, str]
    person_nouns: Words
    condition_marks: Words
    counterfactual_aux: Words
    hearsay_adverbs: Words
    hearsay_adjectives: Words
    hedge_adjectives: Words
    hedge_adverbs: Words
    seeming_verbs: Words
    analyst_nouns: Words
    hearsay_nouns: Words
    hearsay_passives: Words
    accusing: Words
    modal_aux: Words
    judgements: Words
    reluctance: Words
    inverted_aux: Words
    refusing: Words
    failing: Words
    failed_refusal_codes: Words
    attempts: Words
    trying: Words
    directing: Words
    refusing_aux: Words
    stance_verbs: Words
    imagining: Words
    questioning: Words
    mandating: Words
    demanding_verbs: Words
    adverb_particles: Words
    compass_words: Words
    divided_halves: dict[str, str]
    distinction_nouns: Words
    inquiry_nouns: Words
    region_abbreviations: dict[str, str]
    seat_cities: dict[str, str]
    body_kinds: dict[str, str]
    water_words: Words
    patronage: Words
    mediating: Words
    conduct_verbs: Words
    offer_nouns: Words
    act_nouns: Words
    charge_nouns: Words
    call_media: Words
    course_verbs: Words
    campaign_verbs: Words
    region_adjectives: Words
    state_nouns: Words
    origin_participles: Words
    weapon_nouns: Words
    casualty_verbs: Words
    foreign_words: Words
    answerable: Words
    chambers: Words
    giving_verbs: Words
    circumstance_preps: Words
    media_nouns: Words
    press_nouns: Words
    utterance_nouns: Words
    issuing_verbs: Words
    era_words: Words
    committee_words: Words
    verb_forms: dict[str, str]
    undergoing: Words
    undergone_figures: Words
    occurring: Words
    doer_of_nouns: Words
    meeting_nouns: Words
    ceremony_nouns: Words
    occasion_nouns: Words
    meeting_verbs: Words
    share_nouns: Words
    disowned_shares: Words
    falsity_words: Words
    street_protest_verbs: Words
    protest_clause_verbs: Words
    defiance_nouns: Words
    protest_nouns: Words
    effort_verbs: Words
    possibility_aux: Words
    ability_aux: Words
    dismissing_verbs: Words
    entering: Words
    quoting_verbs: Words
    attributing_verbs: Words
    intent_codes: dict[str, str]
    reject_codes: dict[str, str]
    obligations: dict[str, str]
    semi_modals: dict[str, str]
    owed_accounts: Words
    calling_nouns: Words
    reprisal_verbs: Words
    response_verbs: Words
    repercussion_verbs: Words
    blame_predicates: Words
    blame_nouns: Words
    responsibility_nouns: Words
    resting_verbs: Words
    blame_prepositions: Words
    complicity_words: Words
    open_options: Words
    open_options_places: Words
    exclusion_verbs: Words
    permission_verbs: Words
    permission_aux: Words
    wrongdoing_verbs: Words
    conduct_harms: Words
    measure_nouns: Words
    keeping_verbs: Words
    undertakings: Words
    harm_verbs: Words
    aspect_verbs: Words
    opinion_verbs: Words
    certainty_words: Words
    doubt_nouns: Words
    demonstratives: Words
    naming_verbs: Words
    likening_verbs: Words
    censure_words: Words
    excess_adverbs: Words
    stance_participles: Words
    subservience_words: Words
    displeasure_words: Words
    speaking_verbs: Words
    trusting_verbs: Words
    shame_words: Words
    linking_verbs: Words
    classing_verbs: Words
    feeling_words: Words
    repercussions: Words
    ordeals: Words
    warning_nouns: Words
    rueing_verbs: Words
    content_roots: Words
    saying_roots: Words
    told_on_roots: Words
    performative_roots: Words
    spoken_attempt_roots: Words
    sceneless_roots: Words
    announced_roots: Words
    promising_roots: Words
    appeal_roots: Words
    home_target_roots: Words
    home_target_roots_for_groups: Words
    state_sectors: frozenset[str]
    state_refusal_roots: Words
    joint_words: Words
    joint_roots: Words
    exercises: Words
    messages: Words
    writing_verbs: Words
    option_nouns: Words
    weighing_verbs: Words
    reciprocal_codes: Words
    judging_roots: Words
    act_roots: Words
    reciprocal_verbs: Words
    exchange_verbs: Words
    asking_roots: Words
    taking_codes: Words
    sent_force_codes: Words
    place_target_codes: Words
    acted_place_codes: Words
    left_place_codes: Words
    withdrawn_force_codes: Words
    denial_codes: Words
    aimed_roots: Words
    partnerless_codes: Words
    responsibility_codes: Words
    page_labels: Words
    title_abbreviations: Words
    test_verb_forms: Words
    causing: Words
    compelling: Words
    purpose_nouns: Words
    missions: Words
    diplomatic_posts: Words
    region_members: dict[str, frozenset[str]]
    pending_marks: Words
    commanding: Words
    own_staff: Words
    home_sectors: frozenset[str]
    domestic_sectors: frozenset[str]
    partisan_sectors: frozenset[str]
    political_sectors: frozenset[str]
    unarmed_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    former_words: Words
    unarmed_force_codes: dict[str, str]
    work_stoppages: Words
    order_sectors: frozenset[str]
    crowd_nouns: Words
    money_codes: dict[str, str]

    @field_validator("intent_codes", "reject_codes", "obligations", "semi_modals",
                     "unarmed_force_codes", "money_codes")
    @classmethod
    def _known_codes(cls, table: dict[str, str]) -> dict[str, str]:
        unknown = sorted(c for c in table.values() if c not in cameo.codes())
        if unknown:
            raise ValueError(f"unknown CAMEO codes {unknown}")
        return table

    @field_validator("pronouns", "object_pronouns")
    @classmethod
    def _referents(cls, table: dict[str, str]) -> dict[str, str]:
        kinds = {"male", "female", "person", "group", "thing"}
        wrong = sorted(k for k, v in table.items() if v not in kinds)
        if wrong:
            raise ValueError(f"pronouns {wrong} must refer to one of {sorted(kinds)}")
        return table


def read_lexicon(path: str | Path, text: str | None = None,
                 base: Lexicon | None = None) -> Lexicon:
    """A lexicon file, over `base` (the entries it names replace those of `base`); E070 when
    it is not a JSON object of known entries of the right shape."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8") if text is None else text,
                          object_pairs_hook=_once_each)
        if not isinstance(data, dict):
            raise TypeError("the file must hold one JSON object")
        merged = {**(base.model_dump() if base is not None else {}), **data}
        merged.pop("about", None)
        return Lexicon.model_validate(merged)
    except (OSError, TypeError, ValueError) as exc:  # ValidationError is a ValueError
        detail = _detail(exc) if isinstance(exc, ValidationError) else str(exc)
        raise CommuniqueError("E070", path=str(path), detail=detail) from exc


def _once_each(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are all different: an entry given twice would silently lose
    the first."""
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"entries {twice} are given more than once")
    return dict(pairs)


def _detail(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}"


@cache
def packaged_lexicon() -> Lexicon:
    item = resources.files("communique.data").joinpath("patterns", "lexicon.json")
    return read_lexicon("lexicon.json", item.read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, with the user's file (`COMMUNIQUE_LEXICON`) over it."""
    user = os.environ.get(ENV)
    return read_lexicon(user, base=packaged_lexicon()) if user else packaged_lexicon()


LEX = lexicon()
