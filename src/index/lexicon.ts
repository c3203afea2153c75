// Closed word classes of English news prose that no data package lists for us: titles, the
// head-words that end organisation and place names, connectors inside names, and words that are
// capitalised without naming anything (weekdays, months, group adjectives, events).

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Titles and roles that precede a person's name; never an entity on their own. */
export const CORE_TITLES = words(`
  President President-elect Vice-president Vice-President Premier Chancellor Minister Secretary
  General Gen. Commander Leader Ayatollah Imam Sheikh Emir Sultan King Queen Prince Princess Pope
  Governor Gov. Senator Sen. Rep. Representative Congressman Congresswoman Mayor Judge Justice
  Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Mx Sir Dame Lord Lady Rev. Reverend Father Bishop Archbishop Cardinal
  Col. Colonel Lt. Lieutenant Capt. Captain Sgt. Sergeant Adm. Admiral Maj. Major Cpl. Corporal
  Marshal Brig. Brigadier Inspector Superintendent Commissioner Director Ambassador Envoy
  Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair CEO Chief Speaker Attorney Detective
  Officer Constable Professor Prof. Dean Coach Deputy Counsel Treasurer Editor Reporter Correspondent
  Founder Co-founder Producer Analyst Economist Dictator Prophet Saint Lawmaker
`);

/** Words that qualify a title (`Foreign Minister`, `Supreme Leader`); a title only beside a core title. */
export const TITLE_MODIFIERS = words(`
  Foreign Affairs Interior Defense Defence Finance Justice Health Education Labor Labour Trade
  Transport Transportation Energy Home State Military Supreme Prime Vice Deputy Acting Former Senior
  Assistant Associate Executive Managing Digital Chief Grand Lord High First Attorney General Head
  Police Army Navy Opposition Majority Minority Press Research Freelance Staff
  Commerce Economy Agriculture Environment Culture Information Intelligence Security National Staff
`);

/** Honorifics: a following surname is certainly a person. */
export const HONORIFICS = words(`Mr Mr. Mrs Mrs. Ms Ms. Mx Dr Dr. Sir Dame Madam Mme M.`);

/** Last words of organisation names. */
export const ORG_HEADS = words(`
  Ministry Department Council Committee Commission University College School Institute Institution
  Academy Agency Authority Association Society Federation Union League Party Bank Court Office Board
  Bureau Center Centre Foundation Fund Trust Group Company Corporation Corp Corp. Inc Inc. Co Co. Ltd
  Ltd. LLC PLC Plc AG GmbH Press News Times Post Journal Herald Tribune Gazette Review Magazine Network
  Networks Services Service Organization Organisation Army Navy Police Force Forces Guard Assembly
  Parliament Congress Senate Cabinet Brotherhood Movement Front Alliance Coalition Club Team Research
  Media Studios Records Airlines Airways Motors Systems Technologies Labs Laboratory Laboratories
  Hospital Clinic Museum Library Market Exchange Reserve Treasury Administration Consortium Partners
  Holdings Industries Enterprises Initiative Program Programme Caucus Tribunal Secretariat Commission
  Securities Capital Group Insider Finance Technica Images Foods Broadcasting Radio Television TV
  Church Embassy Consulate Mission Cartel Gang Brigade Brigades Regiment Battalion Division Unit
  Conference Congress Junta Government Parliament Council Bureau Commission Directorate Prosecutors
  International
`);

/** Last words of place names. */
export const PLACE_HEADS = words(`
  Island Islands Isle Isles Sea Ocean River Lake Bay Gulf Harbour Harbor Beach Coast Coastline
  Mountain Mountains Mount Mt. Valley Desert Peninsula Strait Straits Canal Street St Avenue Ave.
  Road Boulevard Square Bridge Park Locks Passage Terminal Airport Station County Province Prefecture
  District Region City Town Village Side Heights Hills Falls Springs Wall Palace Plaza Tower Stadium
  Arena Camp Port Forest Canyon Reef Cape Highway Territory Territories Republic Kingdom Emirates
  Quarter Borough Township Neighborhood Neighbourhood Oasis Glacier Volcano Delta Basin Plateau
`);

/** Place-or-institution heads: buildings that also act (gold accepts either type). */
export const VENUE_HEADS = words(`Museum Hospital University College School Embassy Centre Center Palace House`);

/** Lowercase head nouns that may follow a name and belong to it as written (`Bardo museum`). */
export const TRAILING_HEAD_NOUNS = new Map<string, 'organization' | 'place'>([
  ['museum', 'place'], ['hospital', 'place'], ['police', 'organization'], ['beach', 'place'],
  ['university', 'organization'], ['island', 'place'], ['river', 'place'], ['street', 'place'],
  ['harbour', 'place'], ['harbor', 'place'], ['airport', 'place'], ['party', 'organization'],
]);

/** Words that end events, laws and awards: such runs are not entities. */
export const EVENT_HEADS = words(`
  Spring War Revolution Games Olympics Cup Prize Award Awards Festival Day Eve Week Crisis
  Depression Act Treaty Accord Accords Agreement Summit Championship Championships Series
  Tournament Open Marathon Election Elections Holiday Christmas Easter Ramadan
`);

/** Last words of product names (`Vision Pro`): such runs are not entities. */
export const PRODUCT_TAILS = words(`Pro Max Mini Plus Lite Ultra Edition II III IV XL`);

/** Capitalised group words (religions, movements, peoples) that are adjectives or plurals, not entities. */
export const GROUP_WORDS = words(`
  Muslim Muslims Christian Christians Jewish Jew Jews Islamist Islamists Salafist Salafists
  Jihadist Jihadists Copt Copts Coptic Sunni Sunnis Shia Shiite Shiites Hindu Hindus Sikh Sikhs
  Buddhist Buddhists Catholic Catholics Protestant Protestants Orthodox Evangelical Evangelicals
  Arabs Kurd Kurds Kurdish Latino Latinos Hispanic Hispanics Māori Maori Democrat Democrats
  Republican Republicans Conservative Conservatives Liberal Liberals Socialist Socialists
  Communist Communists Marxist Baptist Methodist Mormon Anglican Pashtun Tamil Zionist
`);

/** Capitalised adjectives that are no entity alone but may begin one (`Islamic State`, `White House`). */
export const NAME_ADJECTIVES = words(`
  Islamic Black White Western Eastern Northern Southern Keynesian Roman Romans Greek Persian Celtic
  Gothic Victorian Arab
`);

export const WEEKDAYS_MONTHS = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun
  January February March April May June July August September October November December
  Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov
  Nov. Dec Dec. AM PM ET EST EDT PST PDT GMT BST UTC
`);

/** Connectors that may join capitalised words inside an organisation or place name. */
export const NAME_CONNECTORS = words(`of for on and & the a`);

/** Particles inside personal and Arabic/European names (`bin Laden`, `de Blasio`, `al-Bashir`). */
export const NAME_PARTICLES = words(`de da di du del della der den van von bin ibn al el le la dos das ter ten`);

/** Number words: a multi-word run holding one names a product, an event or a count. */
export const NUMBER_WORDS = words(`
  One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred
  Thousand Million Billion First Second Third Fourth Fifth
`);

/** Compass words that begin region names (`North Africa`, `West Asia`, `Lower Manhattan`). */
export const COMPASS = words(`North South East West Northern Southern Eastern Western Central Upper Lower Greater New`);

/** Academic and professional suffixes after a name in bylines and credits. */
export const NAME_SUFFIXES = words(`MD M.D. PhD Ph.D. MA MBA RN Jr Jr. Sr Sr. III II`);

/** Continents, oceans and world regions; data packages list countries and cities, not these. */
export const REGIONS = words(`
  Africa Asia Europe Antarctica Oceania Australasia Arctic Antarctic Americas America Eurasia
  Mediterranean Caribbean Balkans Caucasus Sahara Sahel Scandinavia Levant Gulf Pacific Atlantic
  Middle_East Near_East Far_East North_Africa West_Africa East_Africa South_Asia West_Asia
  Southeast_Asia Central_Asia East_Asia Latin_America North_America South_America Central_America
  Western_Europe Eastern_Europe Northern_Europe Southern_Europe Central_Europe Sub-Saharan_Africa
  Britain England Scotland Wales Northern_Ireland Horn_of_Africa Persian_Gulf Middle_West Midwest West_Bank Gaza_Strip Silicon_Valley Wall_Street
`);

/** Words that start sentences without naming anything, even where they also begin a name (`The`). */
export const FUNCTION_WORDS = words(`
  The A An In On At To For Of And But Or Nor So If When While What Who Whom Whose Which Where Why How
  This That These Those There Here It Its He She They We I You His Her Their Our My Your Me Him Them Us
  As After Before Since Until Although Though Because Despite Amid Among With Without Within From By
  About Above Over Under Between Through During Into Upon Once Then Now Still Yet Also Even Just Only
  Many Most Some Any All Each Every Both Either Neither No Not Do Does Did Have Has Had Is Are Was Were
  Be Been Will Would Can Could Should May Might Must Shall Let Like Unlike Instead Meanwhile However
  Moreover Furthermore Already Again Finally Perhaps Another Other Such Same Yes Oh Well Last Next
  Read Photo Image Credit Related Follow Subscribe Watch Listen Share Click Sign Note Update Editor's
  Ah Ahh Aha Alas Aw Eh Hmm Huh Ooh Ouch Uh Ugh Um Whoa Wow Yay Hey
`);

/** Acronyms of computer parts and formats: a name ending in one is a product (`AMD Polaris GPU`). */
export const PART_ACRONYMS = words(`CPU GPU RAM ROM SSD HDD USB HDMI HDR LED LCD OLED OS API PDF SUV LTE GPS DVD CD`);

/** Common acronyms of things, units and roles, not of organisations. */
export const COMMON_ACRONYMS = words(`
  CEO CFO COO CTO CIO CPU GPU RAM ROM SSD HDD USB HDMI HDR VR AR AI PC TV OS FPS GB MB TB KB MHz GHz
  LED LCD OLED API URL PDF GDP DNA RNA HIV AIDS MP MPs AM PM ET PT FAQ ID IT PR HR NGO DIY UFO ATM
  SUV LTE WiFi Wi-Fi PIN SMS GPS IPO IQ NB PS OK TBA TBD RSVP ASAP DVD CD MD PhD MA BA BS MS MBA
  A&E ICU ER OBE MBE CBE QC KC IVF BMI COVID PPE LGBT LGBTQ CCTV GMT UTC
`);
