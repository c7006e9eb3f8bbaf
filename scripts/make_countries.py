"""Build communique/data/actors/countries.jsonl: countries, capitals and a few metonyms.

Run from the repository root (re-runnable; it overwrites its output), before
scripts/convert_phoenix.py, which drops Phoenix entries that these names already cover:

    .venv/bin/python scripts/make_countries.py [DICTIONARY_DIR]

For every country code in communique/data/cameo/CAMEO.country.txt (the regions and places at
its head excepted) one entry of kind "country" is written, named with the country's common
English name; its aliases are the official and short names and the demonyms and adjectives
of the table below (COUNTRIES), then the name variants of the country's block in the Phoenix
dictionary Phoenix.Countries.actors.txt (MIT, see LICENSE-phoenix.txt; DICTIONARY_DIR
defaults to /work/shared/data/dictionaries) that look like names of the country (its cities
and provinces, listed in the same blocks, are left out). Each capital gets an entry of kind
"capital" coded as the country's government (XXXGOV, "seat of government"); where the
capital is not where the government sits, the capital is coded with the country alone and
the seat gets its own entry. METONYMS adds "the White House", "the Kremlin" and the like,
SPECIAL the Kurdistan Region, Kurds, Palestinians, the West and the Arab world.

A name (its name key, communique.kb.name_key) belongs to one entry only: the table's names
win over Phoenix variants, and a clash between two table names is an error.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True              # no scripts/__pycache__ from the import below

import convert_phoenix as phoenix  # noqa: E402

from communique.kb import name_key, read_entries  # noqa: E402
from communique.kb.schema import Entry  # noqa: E402

OUT = ROOT / "communique/data/actors/countries.jsonl"
CURRENT = ROOT / "communique/data/actors/current.jsonl"
CAMEO_COUNTRY = ROOT / "communique/data/cameo/CAMEO.country.txt"
SOURCE_COUNTRY = "CAMEO country table; Phoenix country variants (MIT)"
SOURCE_TABLE = "project table"

# CODE | name | aliases | demonyms and adjectives | capitals
# Capitals: "City=Alias/Alias" separated by ";". A city marked "*" is the capital but not
# where the government sits (coded with the country alone); the others are coded XXXGOV.
# Capitals that are also the country's name (Singapore, Monaco) or ordinary words or other
# well-known places (Victoria, Male, The Valley, Hamilton, San Jose) are left out.
COUNTRIES = """
AFG|Afghanistan|Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghans|Kabul
ALA|Aland Islands|Åland Islands;Åland;Aland|Alander;Alanders|Mariehamn
ALB|Albania|Republic of Albania|Albanian;Albanians|Tirana=Tirane
DZA|Algeria|People's Democratic Republic of Algeria|Algerian;Algerians|Algiers
ASM|American Samoa|Territory of American Samoa|American Samoan;American Samoans|Pago Pago
AND|Andorra|Principality of Andorra|Andorran;Andorrans|Andorra la Vella
AGO|Angola|Republic of Angola|Angolan;Angolans|Luanda
AIA|Anguilla||Anguillan;Anguillans|
ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans;Barbudan|
ARG|Argentina|Argentine Republic;the Argentine|Argentine;Argentines;Argentinian;Argentinians;Argentinean|Buenos Aires
ARM|Armenia|Republic of Armenia|Armenian;Armenians|Yerevan=Erevan
ABW|Aruba||Aruban;Arubans|Oranjestad
AUS|Australia|Commonwealth of Australia|Australian;Australians;Aussie;Aussies|Canberra
AUT|Austria|Republic of Austria|Austrian;Austrians|Vienna=Wien
AZE|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BHS|Bahamas|the Bahamas;Commonwealth of the Bahamas|Bahamian;Bahamians|Nassau
BHR|Bahrain|Kingdom of Bahrain|Bahraini;Bahrainis|Manama
BGD|Bangladesh|People's Republic of Bangladesh|Bangladeshi;Bangladeshis|Dhaka=Dacca
BRB|Barbados||Barbadian;Barbadians;Bajan|Bridgetown
BLR|Belarus|Republic of Belarus;Byelorussia;Belorussia|Belarusian;Belarusians;Belarussian;Byelorussian|Minsk
BEL|Belgium|Kingdom of Belgium|Belgian;Belgians|Brussels=Bruxelles/Brussel
BLZ|Belize||Belizean;Belizeans|Belmopan
BEN|Benin|Republic of Benin;Dahomey|Beninese;Beninois|Porto-Novo*;Cotonou
BMU|Bermuda||Bermudian;Bermudians|
BTN|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians|Sucre*;La Paz
BIH|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia;Bosnia and Hercegovina|Bosnian;Bosnians|Sarajevo
BWA|Botswana|Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone
BRA|Brazil|Federative Republic of Brazil;Brasil|Brazilian;Brazilians|Brasilia=Brasília
VGB|British Virgin Islands|BVI|British Virgin Islander|Road Town
BRN|Brunei|Brunei Darussalam;Nation of Brunei|Bruneian;Bruneians|Bandar Seri Begawan
BGR|Bulgaria|Republic of Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|Burkina Faso|Burkina;Upper Volta|Burkinabe;Burkinabé|Ouagadougou
BDI|Burundi|Republic of Burundi|Burundian;Burundians|Gitega;Bujumbura*
KHM|Cambodia|Kingdom of Cambodia;Kampuchea|Cambodian;Cambodians;Khmer|Phnom Penh
CMR|Cameroon|Republic of Cameroon;Cameroun|Cameroonian;Cameroonians|Yaounde=Yaoundé
CAN|Canada||Canadian;Canadians|Ottawa
CPV|Cape Verde|Cabo Verde;Republic of Cabo Verde|Cape Verdean;Cape Verdeans|Praia
CYM|Cayman Islands|the Caymans|Caymanian;Caymanians|
CAF|Central African Republic|Centrafrique|Central African;Central Africans|Bangui
TCD|Chad|Republic of Chad;Tchad|Chadian;Chadians|N'Djamena=Ndjamena/N'Djaména
CHL|Chile|Republic of Chile|Chilean;Chileans|Santiago=Santiago de Chile
CHN|China|People's Republic of China;PRC;Mainland China;Red China;Communist China|Chinese|Beijing=Peking
COL|Colombia|Republic of Colombia;Columbia|Colombian;Colombians|Bogota=Bogotá/Santa Fe de Bogota
COM|Comoros|Union of the Comoros;the Comoros|Comoran;Comorian;Comorians|Moroni
COD|Democratic Republic of the Congo|DR Congo;DRC;D.R. Congo;DR of Congo;Congo-Kinshasa;Congo;Zaire|Congolese|Kinshasa
COG|Republic of the Congo|Congo-Brazzaville;Congo Republic;Congo Brazzaville;People's Republic of the Congo||Brazzaville
COK|Cook Islands||Cook Islander;Cook Islanders|Avarua
CRI|Costa Rica|Republic of Costa Rica|Costa Rican;Costa Ricans|
CIV|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire;Republic of Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro*;Abidjan
HRV|Croatia|Republic of Croatia;Hrvatska|Croatian;Croatians;Croat;Croats|Zagreb
CUB|Cuba|Republic of Cuba|Cuban;Cubans|Havana=La Habana
CYP|Cyprus|Republic of Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czech Republic|Czechia|Czech;Czechs|Prague=Praha
DNK|Denmark|Kingdom of Denmark|Danish;Danes;Dane|Copenhagen
DJI|Djibouti|Republic of Djibouti|Djiboutian;Djiboutians|
DMA|Dominica|Commonwealth of Dominica||Roseau
DOM|Dominican Republic||Dominican;Dominicans|Santo Domingo
TMP|East Timor|Timor-Leste;Timor Leste;Democratic Republic of Timor-Leste|East Timorese;Timorese|Dili
ECU|Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorians;Ecuadorean|Quito
EGY|Egypt|Arab Republic of Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador|Republic of El Salvador|Salvadoran;Salvadorans;Salvadorean|San Salvador
GNQ|Equatorial Guinea|Republic of Equatorial Guinea|Equatorial Guinean;Equatoguinean;Equatoguineans|Malabo
ERI|Eritrea|State of Eritrea|Eritrean;Eritreans|Asmara
EST|Estonia|Republic of Estonia|Estonian;Estonians|Tallinn
ETH|Ethiopia|Federal Democratic Republic of Ethiopia;Abyssinia|Ethiopian;Ethiopians|Addis Ababa
FRO|Faroe Islands|Faeroe Islands;the Faroes;Faroes|Faroese|Torshavn=Tórshavn
FLK|Falkland Islands|the Falklands;Falklands;Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders|
FJI|Fiji|Republic of Fiji|Fijian;Fijians|Suva
FIN|Finland|Republic of Finland;Suomi|Finnish;Finns|Helsinki
FRA|France|French Republic|French;Frenchman;Frenchmen|Paris
GUF|French Guiana|Guyane|French Guianese|Cayenne
PYF|French Polynesia|Polynésie française|French Polynesian;French Polynesians|Papeete
GAB|Gabon|Gabonese Republic|Gabonese|Libreville
GMB|Gambia|the Gambia;Republic of the Gambia|Gambian;Gambians|Banjul
GEO|Georgia|Sakartvelo|Georgian;Georgians|Tbilisi
DEU|Germany|Federal Republic of Germany;Deutschland|German;Germans|Berlin
GHA|Ghana|Republic of Ghana|Ghanaian;Ghanaians|Accra
GIB|Gibraltar||Gibraltarian;Gibraltarians|
GRC|Greece|Hellenic Republic;Hellas|Greek;Greeks|Athens
GRL|Greenland|Kalaallit Nunaat|Greenlandic;Greenlander;Greenlanders|Nuuk
GRD|Grenada||Grenadian;Grenadians|St. George's=Saint George's
GLP|Guadeloupe||Guadeloupean;Guadeloupeans|Basse-Terre
GUM|Guam||Guamanian;Guamanians|Hagatna=Hagåtña/Agana
GTM|Guatemala|Republic of Guatemala|Guatemalan;Guatemalans|Guatemala City
GIN|Guinea|Republic of Guinea;Guinea-Conakry|Guinean;Guineans|Conakry
GNB|Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean;Bissau-Guineans|Bissau
GUY|Guyana|Co-operative Republic of Guyana|Guyanese|Georgetown
HTI|Haiti|Republic of Haiti|Haitian;Haitians|Port-au-Prince
VAT|Vatican City|the Vatican;Holy See;the Holy See;Vatican City State|Vatican|
HND|Honduras|Republic of Honduras|Honduran;Hondurans|Tegucigalpa
HKG|Hong Kong|Hong Kong SAR;Hongkong|Hong Konger;Hong Kongers|
HUN|Hungary|Magyarorszag|Hungarian;Hungarians|Budapest
ISL|Iceland|Republic of Iceland|Icelandic;Icelanders;Icelander|Reykjavik=Reykjavík
IND|India|Republic of India;Bharat|Indian;Indians|New Delhi
IDN|Indonesia|Republic of Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran|Islamic Republic of Iran;Islamic Republic;Persia|Iranian;Iranians|Tehran=Teheran
IRQ|Iraq|Republic of Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland|Republic of Ireland;Eire;Éire|Irish;Irishman|Dublin
IMY|Isle of Man||Manx|
ISR|Israel|State of Israel|Israeli;Israelis|Jerusalem
ITA|Italy|Italian Republic;Italia|Italian;Italians|Rome=Roma
JAM|Jamaica||Jamaican;Jamaicans|Kingston
JPN|Japan|Nippon;Nihon|Japanese|Tokyo
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Republic of Kazakhstan;Kazakstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana=Nur-Sultan/Akmola
KEN|Kenya|Republic of Kenya|Kenyan;Kenyans|Nairobi
KIR|Kiribati|Republic of Kiribati|I-Kiribati|Tarawa=South Tarawa
PRK|North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean;North Koreans|Pyongyang
KOR|South Korea|Republic of Korea;ROK|South Korean;South Koreans|Seoul
KWT|Kuwait|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia;Kirgizia|Kyrgyz;Kyrgyzstani;Kirghiz|Bishkek
LAO|Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian;Laotians|Vientiane
LVA|Latvia|Republic of Latvia|Latvian;Latvians|Riga
LBN|Lebanon|Lebanese Republic|Lebanese|Beirut=Beyrouth
LSO|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru
LBR|Liberia|Republic of Liberia|Liberian;Liberians|Monrovia
LBY|Libya|State of Libya;Libyan Arab Jamahiriya|Libyan;Libyans|Tripoli
LIE|Liechtenstein|Principality of Liechtenstein|Liechtensteiner;Liechtensteiners|Vaduz
LTU|Lithuania|Republic of Lithuania|Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourger;Luxembourgers;Luxembourgish|
MAC|Macao|Macau;Macao SAR|Macanese|
MKD|North Macedonia|Macedonia;Republic of North Macedonia;Former Yugoslav Republic of Macedonia;FYROM|Macedonian;Macedonians|Skopje
MDG|Madagascar|Republic of Madagascar|Malagasy|Antananarivo
MWI|Malawi|Republic of Malawi|Malawian;Malawians|Lilongwe
MYS|Malaysia||Malaysian;Malaysians|Kuala Lumpur*;Putrajaya
MDV|Maldives|Republic of Maldives;the Maldives|Maldivian;Maldivians|
MLI|Mali|Republic of Mali|Malian;Malians|Bamako
MLT|Malta|Republic of Malta|Maltese|Valletta
MHL|Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro
MTQ|Martinique||Martiniquais;Martinican|Fort-de-France
MRT|Mauritania|Islamic Republic of Mauritania|Mauritanian;Mauritanians|Nouakchott
MUS|Mauritius|Republic of Mauritius|Mauritian;Mauritians|Port Louis
MYT|Mayotte||Mahoran;Mahorais|Mamoudzou
MEX|Mexico|United Mexican States|Mexican;Mexicans|Mexico City
FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir
MDA|Moldova|Republic of Moldova;Moldavia|Moldovan;Moldovans|Chisinau=Chișinău/Kishinev
MCO|Monaco|Principality of Monaco|Monegasque;Monegasques|
MNG|Mongolia||Mongolian;Mongolians|Ulaanbaatar=Ulan Bator
MTN|Montenegro|Crna Gora|Montenegrin;Montenegrins|Podgorica
MSR|Montserrat||Montserratian;Montserratians|Brades
MAR|Morocco|Kingdom of Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique|Republic of Mozambique|Mozambican;Mozambicans|Maputo
MMR|Myanmar|Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Naypyidaw=Nay Pyi Taw/Naypyitaw
NAM|Namibia|Republic of Namibia|Namibian;Namibians|Windhoek
NRU|Nauru|Republic of Nauru|Nauruan;Nauruans|Yaren
NPL|Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalis;Nepalese|Kathmandu
NLD|Netherlands|the Netherlands;Kingdom of the Netherlands;Holland|Dutch;Dutchman|Amsterdam*;The Hague=Den Haag
ANT|Netherlands Antilles|Dutch Antilles|Antillean;Antilleans|Willemstad
NCL|New Caledonia|Nouvelle-Calédonie|New Caledonian;New Caledonians|Noumea=Nouméa
NZL|New Zealand|Aotearoa|New Zealander;New Zealanders|Wellington
NIC|Nicaragua|Republic of Nicaragua|Nicaraguan;Nicaraguans|Managua
NER|Niger|Republic of the Niger;Republic of Niger|Nigerien;Nigeriens|Niamey
NGA|Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians|Abuja
NIU|Niue||Niuean;Niueans|Alofi
NFK|Norfolk Island||Norfolk Islander;Norfolk Islanders|
MNP|Northern Mariana Islands|Commonwealth of the Northern Mariana Islands;the Northern Marianas|Northern Mariana Islander|Saipan
NOR|Norway|Kingdom of Norway;Norge|Norwegian;Norwegians|Oslo
PSE|Palestine|State of Palestine;Palestinian Territories;Occupied Palestinian Territory;Occupied Palestinian Territories;Palestinian Authority;Palestinian National Authority|Palestinian|Ramallah
OMN|Oman|Sultanate of Oman|Omani;Omanis|Muscat
PAK|Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
PLW|Palau|Republic of Palau;Belau|Palauan;Palauans|Ngerulmud
PAN|Panama|Republic of Panama|Panamanian;Panamanians|Panama City
PNG|Papua New Guinea|Independent State of Papua New Guinea;PNG|Papua New Guinean;Papua New Guineans|Port Moresby
PRY|Paraguay|Republic of Paraguay|Paraguayan;Paraguayans|Asuncion=Asunción
PER|Peru|Republic of Peru|Peruvian;Peruvians|Lima
PHL|Philippines|the Philippines;Republic of the Philippines|Filipino;Filipinos;Filipina;Philippine|Manila
PCN|Pitcairn Islands|Pitcairn;Pitcairn Island|Pitcairn Islander;Pitcairn Islanders|Adamstown
POL|Poland|Republic of Poland;Polska|Polish;Poles|Warsaw=Warszawa
PRT|Portugal|Portuguese Republic|Portuguese|Lisbon=Lisboa
PRI|Puerto Rico|Commonwealth of Puerto Rico|Puerto Rican;Puerto Ricans|San Juan
QAT|Qatar|State of Qatar|Qatari;Qataris|Doha
REU|Reunion|Réunion;La Réunion;Reunion Island|Reunionese;Réunionnais|
ROM|Romania|Roumania;Rumania|Romanian;Romanians|Bucharest=Bucuresti/București
RUS|Russia|Russian Federation;Rossiya|Russian;Russians|Moscow=Moskva
RWA|Rwanda|Republic of Rwanda|Rwandan;Rwandans;Rwandese|Kigali
SHN|Saint Helena|St Helena;St. Helena;Saint Helena, Ascension and Tristan da Cunha|Saint Helenian;Saint Helenians|
KNA|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis;Saint Kitts-Nevis;St Kitts|Kittitian;Kittitians;Nevisian|Basseterre
LCA|Saint Lucia|St Lucia;St. Lucia|Saint Lucian;Saint Lucians|Castries
SPM|Saint Pierre and Miquelon|St Pierre and Miquelon;St. Pierre and Miquelon|Saint-Pierrais|
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines;Saint Vincent;St Vincent|Vincentian;Vincentians|Kingstown
WSM|Samoa|Independent State of Samoa;Western Samoa|Samoan;Samoans|Apia
SMR|San Marino|Republic of San Marino|Sammarinese|
STP|Sao Tome and Principe|São Tomé and Príncipe;Sao Tome|Santomean;Santomeans|Sao Tome City=São Tomé City
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA;Saudi|Saudis;Saudi Arabian;Saudi Arabians|Riyadh
SEN|Senegal|Republic of Senegal|Senegalese|Dakar
SRB|Serbia|Republic of Serbia;Srbija|Serbian;Serbians;Serb;Serbs|Belgrade=Beograd
SYC|Seychelles|Republic of Seychelles;the Seychelles|Seychellois|
SLE|Sierra Leone|Republic of Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
SGP|Singapore|Republic of Singapore|Singaporean;Singaporeans|
SVK|Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava
SVN|Slovenia|Republic of Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SLB|Solomon Islands|the Solomons|Solomon Islander;Solomon Islanders|Honiara
SOM|Somalia|Federal Republic of Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa|Republic of South Africa;RSA|South African;South Africans|Pretoria=Tshwane
ESP|Spain|Kingdom of Spain;España|Spanish;Spaniard;Spaniards|Madrid
LKA|Sri Lanka|Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Sri Jayawardenepura Kotte=Kotte*;Colombo
SDN|Sudan|Republic of the Sudan;Republic of Sudan;the Sudan|Sudanese|Khartoum
SUR|Suriname|Republic of Suriname;Surinam|Surinamese;Surinamer|Paramaribo
SJM|Svalbard and Jan Mayen|Svalbard;Svalbard and Jan Mayen Islands;Jan Mayen|Svalbard|Longyearbyen
SWZ|Eswatini|Swaziland;Kingdom of Eswatini;Kingdom of Swaziland|Swazi;Swazis|Mbabane;Lobamba*
SWE|Sweden|Kingdom of Sweden;Sverige|Swedish;Swedes;Swede|Stockholm
CHE|Switzerland|Swiss Confederation;Schweiz;Suisse|Swiss|Bern=Berne
SYR|Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
TWN|Taiwan|Republic of China;ROC;Formosa;Chinese Taipei|Taiwanese|Taipei
TJK|Tajikistan|Republic of Tajikistan|Tajik;Tajiks;Tajikistani|Dushanbe
TZA|Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma
THA|Thailand|Kingdom of Thailand;Siam|Thai;Thais|Bangkok
TGO|Togo|Togolese Republic|Togolese|Lome=Lomé
TKL|Tokelau||Tokelauan;Tokelauans|
TON|Tonga|Kingdom of Tonga|Tongan;Tongans|Nuku'alofa=Nukualofa
TTO|Trinidad and Tobago|Trinidad;Republic of Trinidad and Tobago|Trinidadian;Trinidadians;Tobagonian|Port of Spain=Port-of-Spain
TUN|Tunisia|Republic of Tunisia;Tunisian Republic|Tunisian;Tunisians|Tunis
TUR|Turkey|Turkiye;Türkiye;Republic of Turkey;Republic of Türkiye;Republic of Turkiye|Turkish;Turks;Turk|Ankara
TKM|Turkmenistan||Turkmen;Turkmens;Turkmenistani|Ashgabat=Ashkhabad
TCA|Turks and Caicos Islands|Turks and Caicos|Turks and Caicos Islander|Cockburn Town
TUV|Tuvalu||Tuvaluan;Tuvaluans|Funafuti
UGA|Uganda|Republic of Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|the Ukraine|Ukrainian;Ukrainians|Kyiv=Kiev
ARE|United Arab Emirates|UAE;U.A.E.;the Emirates;Emirates|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;England;Scotland;Wales;Northern Ireland|British;Briton;Britons;Brits;Scottish;Scots;Welsh|London
USA|United States|U.S.;US;USA;U.S.A.;America;the United States;United States of America|American;Americans|Washington=Washington D.C./Washington DC/Washington, D.C.
VIR|United States Virgin Islands|US Virgin Islands;U.S. Virgin Islands;USVI|Virgin Islander;Virgin Islanders|Charlotte Amalie
URY|Uruguay|Oriental Republic of Uruguay|Uruguayan;Uruguayans|Montevideo
UZB|Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani|Tashkent
VUT|Vanuatu|Republic of Vanuatu;New Hebrides|Ni-Vanuatu|Port Vila=Port-Vila
VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi=Ha Noi
WLF|Wallis and Futuna|Wallis and Futuna Islands;Wallis et Futuna|Wallisian;Futunan|Mata-Utu
ESH|Western Sahara|Sahrawi Arab Democratic Republic|Sahrawi;Sahrawis;Saharawi|
YEM|Yemen|Republic of Yemen|Yemeni;Yemenis|
ZMB|Zambia|Republic of Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Republic of Zimbabwe|Zimbabwean;Zimbabweans|Harare
SSD|South Sudan|Republic of South Sudan|South Sudanese|Juba
"""

# Phoenix codes Kosovo KSV; CAMEO.country.txt has no code for it, so it is added here.
EXTRA_COUNTRIES = """
KSV|Kosovo|Republic of Kosovo;Kosova|Kosovar;Kosovars;Kosovan|Pristina=Prishtina
"""

# Names for governments and ministries, and capitals with roles that changed (Sanaa).
# (name, kind, country, aliases, [(code, start, end, title)])
METONYMS = [
    ("the White House", "organisation", "USA", ["White House"],
     [("USAGOV", None, None, "seat of the US presidency")]),
    ("the Pentagon", "organisation", "USA", ["Pentagon"],
     [("USAMIL", None, None, "US Department of Defense")]),
    ("the State Department", "organisation", "USA",
     ["State Department", "US State Department", "U.S. State Department",
      "Department of State", "US Department of State", "U.S. Department of State"],
     [("USAGOV", None, None, "US Department of State")]),
    ("the Oval Office", "organisation", "USA", ["Oval Office"],
     [("USAGOV", None, None, "office of the US president")]),
    ("Capitol Hill", "organisation", "USA", [],
     [("USALEG", None, None, "US Congress")]),
    ("the Kremlin", "organisation", "RUS", ["Kremlin"],
     [("RUSGOV", None, None, "seat of the Russian presidency")]),
    ("Downing Street", "organisation", "GBR", ["Number 10", "No 10", "No. 10",
                                              "10 Downing Street", "Number 10 Downing Street"],
     [("GBRGOV", None, None, "office of the UK prime minister")]),
    ("the Blue House", "organisation", "KOR", ["Blue House", "Cheong Wa Dae"],
     [("KORGOV", None, "2022-05-10", "seat of the South Korean presidency")]),
    ("Whitehall", "organisation", "GBR", [],
     [("GBRGOV", None, None, "UK government departments")]),
    ("the Elysee", "organisation", "FRA", ["Élysée", "the Élysée", "Elysee Palace",
                                          "Élysée Palace"],
     [("FRAGOV", None, None, "seat of the French presidency")]),
    ("Erbil", "capital", "IRQ", ["Arbil", "Irbil", "Hewler", "Hawler"],
     [("IRQGOV", None, None, "Kurdistan Regional Government seat")]),
    ("Sanaa", "capital", "YEM", ["Sana'a", "San'a"],
     [("YEMGOV", None, "2014-09-20", "seat of government"),
      ("YEMREB", "2014-09-21", None, "Houthi-held capital")]),
    ("Aden", "capital", "YEM", [],
     [("YEMGOV", "2015-03-21", None,
       "temporary seat of the internationally recognised government")]),
]

# Regions and peoples named in news as actors.
SPECIAL = [
    ("Kurdistan Region", "organisation", "IRQ",
     ["Iraqi Kurdistan", "KRG", "Kurdistan Regional Government", "Kurdistan Region of Iraq",
      "Kurdish Regional Government", "Iraqi Kurdish region", "Kurdistan region of Iraq"],
     [("IRQGOV", None, None, "Kurdistan Regional Government")]),
    ("Kurds", "group", "IRQ", ["Kurdish", "Kurd"], [("KUR", None, None, "Kurdish people")]),
    ("Palestinians", "group", "PSE", [], [("PSE", None, None, "Palestinian people")]),
    ("the West", "igo", None, ["Western powers", "Western countries", "Western nations",
                               "Western leaders"],
     [("WST", None, None, "the West")]),
    # CAMEO.country.txt has no code for the Arab world; MEA (Middle East) is the nearest.
    ("the Arab world", "igo", None, ["Arabs", "Arab world", "Arab countries", "Arab states",
                                     "Arab leaders"],
     [("MEA", None, None, "Arab world (CAMEO region Middle East)")]),
]

# CAMEO's regions (the head of CAMEO.country.txt) as actors: a group of countries named by
# the region's adjective ("European countries", "African nations"), or their leaders,
# officials or authorities as a group ("European leaders"), acts as the region. The
# region's own name is left out: it names a place far more often than an actor ("in
# Europe").
REGION_ADJECTIVES = [
    ("EUR", "European"), ("AFR", "African"), ("ASA", "Asian"), ("LAM", "Latin American"),
    ("SAM", "South American"), ("CRB", "Caribbean"), ("BLK", "Balkan"),
    ("SCN", "Scandinavian"), ("CAS", "Central Asian"), ("SEA", "Southeast Asian"),
    ("EEU", "Eastern European"), ("CEU", "Central European"), ("NAF", "North African"),
    ("WAF", "West African"), ("EAF", "East African"), ("PGS", "Gulf"),
]
SPECIAL += [
    (f"{adjective} countries", "igo", None,
     [f"{adjective} {noun}" for noun in ("nations", "states", "governments", "powers",
                                         "leaders", "officials", "authorities")],
     [(code, None, None, f"{adjective} countries (CAMEO region)")])
    for code, adjective in REGION_ADJECTIVES
]

# Phoenix blocks coded with a country that are not its names.
NOT_COUNTRY_BLOCKS = {"iraqi kurdistan", "transnistria", "leipzig", "mayotte",
                      "saint barthelemy", "gaza"}
# Generic words that name parts of many countries, not a country of their own.
GENERIC_PARTS = {"republic", "of", "the", "islamic", "democratic", "people's", "peoples",
                 "federal", "kingdom", "state", "states", "united", "federation", "union",
                 "socialist", "arab", "popular", "and", "commonwealth", "principality",
                 "sultanate", "emirate", "grand", "duchy", "islands", "island", "isles",
                 "republique", "republica", "republik", "repubblica", "democratique",
                 "democratica", "du", "de", "la", "le", "des", "del", "da", "van", "von",
                 "und", "y", "e", "el", "al", "rep", "dem"}
# Variants that name more than one country, or something else: a word (Pole), a person's
# name (Finn), a city, island or province (Mexicali, Tainan, Zealand, Grenadines).
AMBIGUOUS = {"korea", "corea", "congo", "virgin islands", "guinea republic", "finn", "pole",
             "chiloe", "mexicali", "uthai thani", "tainan", "taipeh", "buganda", "zealand",
             "grenadines", "nam", "pakish", "xanada", "chechia", "republic of dominica"}


def parse_table(text: str) -> list[dict]:
    rows = []
    for line in text.strip().splitlines():
        code, name, aliases, demonyms, capitals = (f.strip() for f in line.split("|"))
        caps = []
        for item in filter(None, (c.strip() for c in capitals.split(";"))):
            seat = not item.endswith("*")
            item = item.rstrip("*")
            city, _, alt = item.partition("=")
            caps.append({"name": city.strip(), "aliases": [a.strip() for a in alt.split("/")
                                                           if a.strip()], "seat": seat})
        rows.append({"code": code, "name": name,
                     "aliases": [a for a in aliases.split(";") if a],
                     "demonyms": [d for d in demonyms.split(";") if d],
                     "capitals": caps})
    return rows


def cameo_countries() -> dict[str, str]:
    table = {}
    for line in CAMEO_COUNTRY.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        code, _, label = line.partition("\t")
        if re.fullmatch(r"[A-Z]{3}", code):
            table[code] = label.strip()
    codes = list(table)
    regions = codes[: codes.index("WST") + 1]
    return {c: table[c] for c in codes if c not in regions}


def phoenix_variants(directory: Path, countries: set[str]) -> dict[str, list[str]]:
    """Country code → the names of its block(s) in Phoenix.Countries.actors.txt, cased."""
    path = directory / phoenix.FILES[0]
    if not path.exists():
        print(f"warning: {path} not found; no Phoenix variants", file=sys.stderr)
        return {}
    out: dict[str, list[str]] = {}
    for block in phoenix.parse_file(path):
        # the code the block has now: undated, or dated without an end
        current = [r.code for r in block.roles if r.end is None]
        code = None
        for c in current:
            if len(c) == 3 and c in countries:
                code = c
            elif len(c) == 6 and c[3:] in countries:
                code = c[3:]                    # GBRGIB: Gibraltar
        if code is None:
            continue
        for phrase in block.phrases:
            names = []
            for text in [phrase.text, *phrase.synonyms]:
                cleaned = phoenix.clean_phrase(text)
                if cleaned:
                    names.append(cleaned[0])
            if not names or name_key(names[0]) in NOT_COUNTRY_BLOCKS:
                continue
            out.setdefault(code, []).extend(
                phoenix.nice_case(n, set(phoenix.ACRONYMS), False) for n in names)
    return out


def looks_like(variant: str, known: list[str]) -> bool:
    """Whether a Phoenix variant names the country (Afganistan, Islamic Republic of
    Afghanistan, Afghan) rather than one of its cities, provinces or sights (Kabul, Port
    Sudan, Great Wall of China): each of its words must be (nearly) a word of a known name."""
    key = name_key(variant)
    if key in AMBIGUOUS:
        return False
    words = [w for w in key.split() if w not in GENERIC_PARTS]
    if not words:
        return False
    known_words = {w for k in known for w in name_key(k).split() if w not in GENERIC_PARTS}

    def near(w: str, k: str) -> bool:
        if len(w) < 4 or len(k) < 4:
            return w == k
        return (w[:5] == k[:5] and abs(len(w) - len(k)) <= 3) or \
            difflib.SequenceMatcher(None, w, k).ratio() >= 0.8

    return all(any(near(w, k) for k in known_words) for w in words)


def role(code: str, start: str | None, end: str | None, title: str) -> dict:
    return {"code": code, "start": start, "end": end, "title": title}


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else phoenix.DICTIONARIES
    cameo = cameo_countries()
    table = {r["code"]: r for r in parse_table(COUNTRIES)}
    extra = {r["code"]: r for r in parse_table(EXTRA_COUNTRIES)}
    missing = set(cameo) - set(table)
    unknown = set(table) - set(cameo)
    if missing or unknown:
        sys.exit(f"table out of step with CAMEO.country.txt: missing {sorted(missing)}, "
                 f"not in CAMEO {sorted(unknown)}")
    rows = [table[c] for c in cameo] + list(extra.values())
    variants = phoenix_variants(directory, set(cameo) | set(extra))

    # The hand-curated current.jsonl loads last and wins: names it has are left out here.
    current = set()
    if CURRENT.exists():
        for entry in read_entries(CURRENT):
            current.update(name_key(n) for n in (entry.name, *entry.aliases))
    given_way: list[str] = []

    # Table names first: they claim their keys; a clash is an error in the table.
    owner: dict[str, str] = {}
    entries: list[dict] = []

    def claim(names: list[str], label: str, strict: bool) -> list[str]:
        kept = []
        for n in names:
            k = name_key(n)
            if not k:
                continue
            if k in current:
                if strict:
                    given_way.append(f"{n} ({label})")
                continue
            if k in owner and owner[k] != label:
                if strict:
                    sys.exit(f"{n!r} of {label} clashes with {owner[k]}")
                continue
            if k in owner:          # a second spelling of a name this entry has: the
                if strict and n not in kept:    # table's (Türkiye beside Turkiye) stay
                    kept.append(n)
                continue
            owner[k] = label
            kept.append(n)
        return kept

    country_names = {}
    for r in rows:
        label = f"country {r['code']}"
        country_names[r["code"]] = claim([r["name"], *r["aliases"], *r["demonyms"]], label,
                                         strict=True)
    capitals = []
    for r in rows:
        for cap in r["capitals"]:
            label = f"capital {cap['name']}"
            names = claim([cap["name"], *cap["aliases"]], label, strict=True)
            if name_key(cap["name"]) in current:
                names = []                  # current.jsonl has it (Brussels: the EU)
            capitals.append((r, cap, names))
    specials = []
    for name, kind, country, aliases, roles in METONYMS + SPECIAL:
        label = f"{kind} {name}"
        names = claim([name, *aliases], label, strict=True)
        if name_key(name) in current:
            names = []                      # current.jsonl has it (the Pentagon)
        specials.append((name, kind, country, names, roles))

    # Then the Phoenix variants that look like the country's names and are nobody else's.
    added = 0
    for r in rows:
        label = f"country {r['code']}"
        known = [r["name"], *r["aliases"], *r["demonyms"], cameo.get(r["code"], r["name"])]
        found = [v for v in variants.get(r["code"], []) if looks_like(v, known)]
        new = claim(found, label, strict=False)
        added += len(new)
        country_names[r["code"]] += new
        names = country_names[r["code"]]
        entries.append({"name": names[0], "kind": "country", "country": r["code"],
                        "aliases": names[1:],
                        "roles": [role(r["code"], None, None, "country")],
                        "source": SOURCE_COUNTRY if r["code"] in cameo else
                        "Phoenix country code KSV; project table"})
    for r, cap, names in capitals:
        if not names:
            continue
        code = r["code"] + "GOV" if cap["seat"] else r["code"]
        title = "seat of government" if cap["seat"] else "capital"
        entries.append({"name": names[0], "kind": "capital", "country": r["code"],
                        "aliases": names[1:], "roles": [role(code, None, None, title)],
                        "source": SOURCE_TABLE})
    for _name, kind, country, names, roles in specials:
        if not names:
            continue
        entries.append({"name": names[0], "kind": kind, "country": country,
                        "aliases": names[1:], "roles": [role(*x) for x in roles],
                        "source": SOURCE_TABLE})

    lines = []
    for e in entries:
        Entry.model_validate(e)
        lines.append(json.dumps(e, ensure_ascii=False, separators=(", ", ": ")))
    header = ("# Countries, capitals and government metonyms: generated by "
              "scripts/make_countries.py from\n# CAMEO.country.txt, the Phoenix country "
              "name variants (MIT, see LICENSE-phoenix.txt) and the script's tables.\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {len(entries)} entries to {OUT.relative_to(ROOT)}: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"  aliases: {sum(len(e['aliases']) for e in entries)} "
          f"({added} of them Phoenix variants)")
    if given_way:
        print(f"  left to current.jsonl ({len(given_way)}): " + "; ".join(given_way))


if __name__ == "__main__":
    main()
