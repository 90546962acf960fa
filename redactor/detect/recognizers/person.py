"""PERSON: names of children, parents, relatives and professionals.

Four kinds of evidence, strongest first:

1. spaCy NER PERSON spans (titles and possessives trimmed off the span);
2. a title before a capitalised word: Mrs Begum, Dr. Okafor, Cllr Wood;
3. a role cue next to a word: "mum (sarah)", "SENCO, Jane Ellis", "Hope (sister)";
4. the first-name and surname gazetteers of the area's communities (models/), which catch names
   NER misses, including lower-cased names in informal notes and ALL-CAPS headings.

Names that are also ordinary words (Grace, Hope, Will, May) need more than the gazetteer: NER, a
title, a cue, a following surname, or a capital letter in mid-sentence. The link stage then finds
every other mention of each name found here.
"""

from __future__ import annotations

import difflib
import re
from itertools import chain

import regex
from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.check import text_speak
from redactor.detect.gazetteer import (CLOSING_CODES, MIXED_CASE_ABBREVIATION, NAME_PARTICLES, NOT_INITIALS,
                                      ROLE_INITIALS, SIGN_OFF_NOT_INITIALS, TAUGHT_SUBJECTS)
from redactor.detect.words import (
    a_thing_after_the,
    Word, bracket_label, class_name, in_caps_line, in_caps_run, is_all_caps, ner_pieces, is_capitalised, sentence_initial, strip_possessive, words,
)
from redactor.detect.nlp import apart, from_reader, reader_guess_holds
from redactor.detect.recognizers.base import make_result
from redactor.types import PERSON

NER_SCORE = 0.85
TITLE_SCORE = 0.85
CUE_SCORE = 0.6
GAZETTEER_SCORE = 0.7
WEAK_SCORE = 0.45  # lower-case or mid-sentence ambiguous names: above the 0.4 threshold
LOWER_TITLE_SCORE = 0.6
# A place word read as a surname: above the place gazetteer (0.75) and NER, which it corrects.
PLACE_SURNAME_SCORE = 0.9
# (or as she likes to be called: "I like to be called Summer or Sums", "he goes by Mase")
CALLED_NAMES = re.compile(r"\b(?:(?i:call|calls|called)[ \t]+(?i:me|him|her|them)|(?P<likes>(?i:likes?|prefers?|wants?|asked|asks|"
                          r"would[ \t]+like)(?:[ \t]+(?i:for[ \t]+)?(?i:him|her|them|me))?[ \t]+(?i:to[ \t]+be[ \t]+called)|"
                          r"(?i:he|she|they|i|lad|son|daughter|boy|girl|kid)[ \t]+(?i:also[ \t]+)?(?i:goes|go)[ \t]+by))[ \t]+"
                          r"(?P<names>[A-Z][\w'’-]+"
                          r"(?:[ \t]*(?:,|or|and|/)[ \t]*[A-Z][\w'’-]+){0,3})")
# Words of rank before a role: "(Senior EP)", "Principal Educational Psychologist"
RANK_WORDS = frozenset("senior principal chief deputy assistant acting interim lead head specialist advanced "
                       "associate junior".split())
# An abbreviation the document defines: "Key: PU = picked up by | CB = call back"
LEGEND = re.compile(r"(?<![\w'’.-])(?P<code>[A-Z]{2,4})[ \t]*=[ \t]*(?-i:[a-z]{2,})")
# ... and a key of staff codes that names who each one is: "Staff codes: CFO=C Foulstone (PE)	OKA=A Okafor"
STAFF_KEY = re.compile(r"(?<![\w'’.-])(?P<code>[A-Z]{2,4})[ \t]*=[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
                       r"(?P<name>[A-Z]\.?[ \t]+[A-Z][a-z][\w'’-]+|[A-Z][a-z]+[ \t]+[A-Z][a-z][\w'’-]+)(?![\w'’-])")
# what follows a letter in a key that is no surname: "A = A Block", "B = B Group"
KEY_NOT_SURNAMES = frozenset("block group stream award star minus plus grade band level set class team unit wing floor site "
                             "room building corridor table".split())
SYSTEM_CONSTANT = re.compile(r"[A-Z0-9]{3,}(?:_[A-Z0-9]{3,})+")  # (never "MJ_SMITH", a user's name)
# A blog's or a diary's pseudonym for a child: "my middle one who on here I call **Bear**"
# (present tense, the name set off by emphasis or quotes or ending the clause; not "I called CAMHS")
# ("I will call him J.": a future call, a letter for a name)
I_CALL = re.compile(r"\b(?:I|we)(?:['’]ll|[ \t]+(?:will|shall))?[ \t]+(?:(?i:call|nickname)(?:[ \t]+(?i:him|her|them))?|(?i:refer[ \t]+to[ \t]+(?:him|her|them)[ \t]+as))"
                    r"[ \t]+(?P<open>\*{1,2}|_|[\"“'‘])?(?P<name>[A-Z][a-z][\w'’-]*|(?<=him[ \t])[B-HJ-Z](?=\.|,)|(?<=her[ \t])[B-HJ-Z](?=\.|,))"
                    r"(?(open)[*_\"”'’]|(?=[ \t]*[.,;:)!]))")
# A police officer named by an initial and a surname before rank and number: "K Ward (PS 1093)"
OFFICER = re.compile(r"(?<![\w'’])(?P<name>[A-Z]\.?[ \t][A-Z][a-z][\w'’-]+)[ \t]*\((?:PS|PC|DS|DC|DI|DCI|PCSO|Sgt)[ \t]*\d")
# A family named by its surname in capitals with its prefix: "McDONAGH (Long Acre Lane site)"
PREFIXED_CAPS = re.compile(r"(?<![\w'’])(?:Mc|Mac|O['’])[A-Z]{3,}(?![\w'’])")
# A nickname in quotes on a line that says it is one: 'known as *Ibrahim* (family), "Ibby"'.
_CALLED = (r"known as|aka|a\.k\.a|nick-?named?|calls? (?:him|her|them|me)(?:self|selves)?|"
           r"(?:gave|gives|give) (?:(?:his|her|their) )?name as|goes by")
NICKNAME_LINE = re.compile(rf"\b(?:{_CALLED}|prefers)\b", re.IGNORECASE)
# A form's nickname field: "Known as: Rubes", "Preferred name: Kaz"
NICKNAME_FIELD = re.compile(r"(?im)\b(?:known as|preferred name|nickname|aka)[ \t]*:[ \t]*"
                            r"(?P<name>[A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?)\b")
# ... or said in brackets after the name: "Chi (pref name)", "Bex (preferred name)", "Jojo (known as)"
# (never a form's label: "First Name (preferred name):")
NAME_THEN_PREFERRED = re.compile(r"(?<![\w'’-])(?!(?:Name|Names|Forename|Surname|First|Last|Given|Child|Pupil|Preferred)\b)"
                                 r"(?P<name>[A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?)[ \t]*\([ \t]*"
                                 r"(?i:pref(?:erred|\.)?[ \t]*name|name[ \t]+(?:she|he|they)[ \t]+prefers?|"
                                 r"known[ \t]+as|goes[ \t]+by)[ \t]*\)(?![ \t]*:)")
# A name's sound written out in quotes, on a line about the name: 'his name ... is said “Uh-sheen”'
NAME_SAID_AS = re.compile(r"(?i:\bname\b)[^\n]{0,80}?\b(?i:said|pronounced|sounds?[ \t]+like|say[ \t]+it)[ \t]+"
                          r"(?i:as[ \t]+|like[ \t]+)?[\"“‘'](?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)[\"”’']")
DOTTED_NOT_A_CHILD = frozenset("PE RE RS DT IT OT NB PS AM PM UK EU US SW GP EP TA HV".split())  # subjects, times, roles
# Initials with their stops doing what a person does: "School says K. is 'making progress'", "A.P. is
# on the waiting list", "Dear Mrs Hall,\nJ. has settled" (never a section's or a plan's letter, "Section F. is", a
# grade or a body after its article, "a D. was", "The L.A. has", nor a kept abbreviation, "N.H.S.", nor
# an interview's "Q." and "A.", nor a reply's "Y." and "N.")
DOTTED_INITIALS_ACT = re.compile(r"(?<![\w.])(?P<code>(?:[B-HJ-MOPR-WZ]\.|(?:[A-Z]\.){2,3}))(?=[ \t]+(?:is|has|was|had|will|would|can|could|"
                                 r"does|did|said|says|told|attends|attended|likes|loves|enjoys|refuses|refused|needs|"
                                 r"struggles|finds|found|seems|gets|got|went|goes|started|starts|wants|wanted)\b)")
LETTER_NAMED_BEFORE = re.compile(r"\b(?i:section|part|appendix|annex|plan|option|grade|class|vitamin|group|table|figure|"
                                 r"type|level|step|stage|room|block|unit|model|box|form|schedule|category|tier|route|"
                                 r"paragraph|para|clause|point|item|question|answer|"
                                 r"a|an|the|his|her|their|my|our|your|its)[ \t]+\Z")
DOTTED_CASE_INITIALS = re.compile(r"(?<![\w.])(?P<code>[A-Z]\.[A-Z]\.)(?=[ \t]+(?:\([A-Z]{2,6}[-/ ]?\d|[–—-][ \t]))")
TITLED_INITIAL_AND = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?P<initial>[A-Z]\.?)(?=[ \t]+(?:&|and)[ \t]+"
                                r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][a-z])")
# A name before a spouse: "Frank & wife Maureen have SGO", "Dave and his partner"
NAME_AND_SPOUSE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,14})[ \t]+(?:&|and)[ \t]+(?:his[ \t]+|her[ \t]+)?"
                             r"(?:wife|husband|partner)\b")
# A pupil by name and year group: "TJ Brierley (Y3)", "Kayden Bell (Year 4)"
PUPIL_WITH_YEAR = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z]{2}|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+"
                             r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+\((?:Y|Yr|Year)[ \t]?\d{1,2}\)")
# A name's short form in brackets after it, said to be what the family calls him: "Oscar (Oz at
# home)", "Abigail (Abi to her friends)"
NICKNAME_BRACKET = re.compile(r"(?<=[A-Za-z])[ \t]+\((?P<name>[A-Z][a-z]{1,14})[ \t]+(?:at[ \t]+home|to[ \t]+(?:the[ \t]+)?"
                              r"(?:family|everyone|friends|his[ \t]+friends|her[ \t]+friends|us)|for[ \t]+short)\)")
# "Ibby", 'little Kiz' (a child named like a parent, told apart by a word before her name)
# the initials a quote is signed with: '"Headphones help." - T.O., 21/11/24', '“I like art” – J.B.'
QUOTE_SIGNED_INITIALS = re.compile(r"[\"”][ \t]*[-–—][ \t]*(?P<code>[A-Z]\.[ ]?[A-Z]\.?(?:[ ]?[A-Z]\.?)?)(?=[ \t]*(?:[,;)]|\r?$|[ \t]\d))", re.M)
QUOTED_NAME = re.compile(r"[\"“‘']((?:(?:little|big|baby|lil|young|wee)[ \t])?[A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?)[\"”’']")
# ... of two words, on a line that says it is what someone is called: 'gave name as "Big Mick"'
# (not after "prefers": 'He prefers "Circle Time"')
QUOTED_TWO_WORD_NAME = re.compile(r"[\"“‘']([A-Z][a-z]{1,14} [A-Z][a-z]{1,14})[\"”’']")
# A whole cell of a CSV row ('...,"Mother",...'), whose quotes delimit the cell and say nothing
# about a name: opened at the line's start or after a comma, closed before a comma or the line's end
CSV_CELL_OPEN = re.compile(r"(?:^|(?<=,))[\"“]")
CSV_CELL_CLOSE = re.compile(r"[\"”](?:,|$)")
CALLED_LINE = re.compile(rf"\b(?:{_CALLED})\b", re.IGNORECASE)
# Letters and emails: "Dear Shantelle", "Hi Tamsin", "Cheers, Oluwaseun", and the name on the
# line after a sign-off ("Kind regards\nBronagh").
GREETINGS = frozenset({"dear", "hi", "hello", "hiya", "morning", "afternoon", "cheers", "thanks",
                       "regards", "wishes", "sincerely", "faithfully"})
SIGN_OFF_LINE = re.compile(r"(?im)^[ \t]*(?:kind |best |warm |many )?(?:regards|wishes|thanks|thank you|"
                           r"cheers|yours sincerely|yours faithfully|sincerely|faithfully|best)[ \t,.!]*\n"
                           r"(?:[ \t]*\n)?[ \t]*$")
# A letter alone on the line after a message's thanks, its writer signing: "Thanks\nT\n\nTariq ..."
LETTER_SIGNED = re.compile(r"(?im)^[ \t>]*(?:(?:kind|best|warm|many)[ \t]+)?(?:regards|wishes|thanks|thank[ \t]+you|"
                           r"cheers|ta|best|love)[ \t,.!]*\r?\n[ \t>]*(?P<code>(?-i:[A-HJ-WYZ]))\.?[ \t]*$")
# ... or after its comma, ending the thanks' own line above the signature the letter begins:
# "Thanks, S\n\nSiobhan McAteer | ..." (never a grade's "Best, C", nor prose wrapped after "thanks, D")
LETTER_SIGNED_COMMA = re.compile(r"(?m)^[ \t>]*(?:(?:Kind|Best|Warm|Many)[ \t]+)?(?:Regards|Wishes|Thanks|Thank[ \t]+you|"
                                 r"Cheers|Ta|Best|Love)[ \t]*,[ \t]*(?P<code>[A-HJ-WYZ])\.?[ \t]*\r?\n"
                                 r"(?:[ \t]*\r?\n)*[ \t>]*(?P=code)[a-z]+[ \t]+[A-Z]")
# A role in brackets after a name: "(father)", "(SENCO)"
ROLE_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Za-z][\w'’ -]{1,30})\)")
# "I'm", "you'll", "we've": a pronoun with its verb, never a name after a role word
CONTRACTION = re.compile(r"(?i)^[a-z]+['’](?:m|ll|ve|re|d|t)$")
# a post's or a comment's author copied from Facebook: the first line of its block, above "Admin ·",
# "Author" or "Top fan", or above the comment that ends "5 June · Like · Reply" (a page's name,
# "Deano At The Shed", points at one youth worker as surely as his own)
POST_AUTHOR = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?P<name>[A-Z@][^\n·:!?.,]{1,48}[^\n·:!?., \t]|[a-z][\w.]{2,30}\w)"
                         r"(?=[ \t]*\n(?:[ \t]*(?:Admin|Author|Top fan|Moderator|Group expert|Rising contributor|Reply[ \t]*·)"
                         r"|(?:[ \t]*\S[^\n]*\n){1,8}?[^\n]*·[ \t]*Like[ \t]*·[ \t]*Reply))")
# a forum thread's starter: "Started by KezP_S63 · 17 Mar 2025"
STARTED_BY = re.compile(r"\b(?:Started|Posted|Last post|Reply|Replied|Comment|Quote)[ \t]+by[ \t]+(?P<name>[^\s·|,]{3,40}(?:[ \t][A-Z][\w'’-]*)?)"
                        r"(?=[ \t]*(?:·|\||,|\bon\b|»))")
# a child named only by initials, with a date of birth: "Meadow View Nursery - AR (DOB 21/02/2022)"
INITIALS_BEFORE_DOB = re.compile(r"(?<![\w.&/-])(?P<code>[A-Z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?=(?: ?[(,] ?| )"
                                 r"(?i:dob|d\.o\.b\.?|date of birth|born)\b)")
# a call's or a meeting's speaker written in lower case: "shannon b: yeah I can hear you"
# (after a chat's time stamp too: "[14/01/2025 07:52] jade: hiya")
LOWER_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<stamp>\[\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
                           r"(?P<name>(?P<first>[a-z][a-z'’-]{2,})(?:[ \t][a-z][a-z'’-]*){0,2})(?=:[ \t])")
# A parent's lower-case writing names her child by his mother: "(chase's mum)", "rowan's dad"
_LOWER_KIN = r"(?:mum|mam|mom|dad|nan|nana|nanna|gran|grandma|grandad|sister|brother|stepdad|stepmum|auntie|aunty|uncle|carer|foster[ \t]+carer)"
# (or with no apostrophe, as texting writes it: "paddys mam"; never a word's plural, "bills dad")
INTRODUCED_BEFORE_OWNER = re.compile(r"\b(?i:its|it['’]s|this[ \t]+is|im|i['’]m)[ \t]+([a-z]{2,})[ \t]+$")
LOWER_KIN_OWNER = re.compile(rf"(?<![\w'’-])(?P<name>[a-z]{{3,}})(?P<apostrophe>['’])?s[ \t]+{_LOWER_KIN}(?![\w'’-])")
# a word before a noun or a verb, never before a first name: "the head from the school", "we will from"
PRONOUN_OR_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|my|his|her|their|our|your|i|we|they|he|she)[ \t]+$")
# what writes a letter as an already anonymised person: "Child K", "Pupil B"
PLACEHOLDER_NOUNS = r"Child|Pupil|Student|Learner|Case|YP|Young person|Family|Parent|Mother|Father|Sibling"
# A child written as the letter of a name before a relation: "T's dad Jermaine" (never "Child T's")
LETTER_KIN = re.compile(rf"(?<![\w'’.&/-])(?P<name>[B-HJ-Z])['’]s[ \t]+(?i:{_LOWER_KIN}|mother|father|parents?|family)\b")
# Initials before the name they spell: "**AM – Ayaan Mistry (SDS-24-0627)**", "JT - Jade Thorne"
INITIALS_THEN_NAME = re.compile(r"(?<![\w'’.&/-])(?P<code>[A-Z]{2,3})[ \t]*[–—-][ \t]*"
                                r"(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?![\w'’-])")
# whose someone is, in lower case: "my partner", "his mrs", "mehmet yilmaz sister"
_OWNER = r"my|his|her|their|our|[a-z]+['’]s"
_PARTNER = r"(?:partner|husband|wife|fiance|fiancee|missus|fella|bf|gf|boyfriend|girlfriend)"
_LOWER_RELATION = (rf"(?:{_PARTNER}|mrs|ex|{_LOWER_KIN}|"
                   r"son|daughter|friend|neighbour)")
# A lower-case name before whose it is, in brackets: "dean (my partner)", "shan (my sister)"
# (or whose, named: "elif (mehmet yilmaz sister)")
LOWER_BEFORE_KIN = re.compile(rf"(?<![\w'’-])(?P<name>[a-z]{{3,}})[ \t]+\((?:{_OWNER}|"
                              rf"(?P<owner>[a-z]{{3,}}(?:[ \t][a-z]{{3,}})?))[ \t]+{_LOWER_RELATION}\)")
# ... or before a child's place among them or age: "mason (my youngest, hes 3)", "summer (shes 11, going up ...)"
LOWER_BEFORE_AGE = re.compile(r"(?<![\w'’-])(?P<name>[a-z]{3,})[ \t]+\((?:(?:my|our|her|his)[ \t]+(?:youngest|eldest|oldest|middle)\b"
                              r"|(?:he['’]?s|she['’]?s|aged?)[ \t]+\d{1,2}\b)")
# (the name opening its clause: a line's start, a comma's, "and", or a child's place before it)
AGE_NAME_OPENS = re.compile(r"(?:^|\n|[,;(]|\b(?:and|my|our|his|her|eldest|youngest|oldest|middle|son|daughter|"
                            r"brother|sister))[ \t]*$")
# ... or after whose it is: "his mrs (jade) was shouting", "my ex (lee)", "her fella (dale)"
KIN_BEFORE_LOWER = re.compile(rf"\b(?:{_OWNER})[ \t]+{_LOWER_RELATION}[ \t]+\((?P<name>[a-z]{{3,}})\)")
# ... or right after her relation, with a clitic or a verb that makes her the one who does or owns:
# "his nan may's every other weekend", "me mam britty'll be there an all"
# (or in brackets, as who a relative is: "dean's mum (nanny sue) has him tues")
KIN_THEN_LOWER = re.compile(rf"(?:\b(?:{_OWNER}|me)[ \t]+(?:(?:little|big|baby|older|younger|eldest|youngest|twin|half)[ \t]+)?"
                            rf"(?:{_LOWER_KIN}|partner|fella|husband|boyfriend)"
                            # (in brackets, whoever's: "(nanny sue)", "my mum (his nana sue)")
                            # (or whose first, then a comma: "my mum (ellies nan, sue)")
                            rf"|(?P<open>\()(?P<owner_in>(?:his|her|my|our|their|[a-z]{{3,}}s|[a-z]{{3,}}['’]s)[ \t]+)?(?:nanny|nannie|nanna|granny|grandma|grandad|grandpa|grampa|gran|nan|nana|auntie|aunty|uncle),?"
                            # (or a grandparent opening a sentence, before what only a person does: "grandad will says")
                            rf"|(?:(?<=\n)|(?<=[.!?,] )|\A)(?:nanny|nanna|granny|grandma|grandad|grandpa|grampa|nana|auntie|aunty|uncle)(?=[ \t]+[a-z]{{3,}}[ \t]+(?:says|said|rang|thinks|reckons)\b))"
                            rf"[ \t]+(?P<name>[a-z]{{3,}})(?:(?(open)(?=\))|(?!))|['’](?:s|ll|d)\b"
                            # (or a verb only a person's subject takes: "his nan may has him tues")
                            # (or its negative, as a message writes it: "his dad dean isnt involved")
                            r"|(?=[ \t]+(?:has|is|was|says|said|rang|picks|collects|takes|does|looks|lives|works|wants|"
                            r"knows|never|(?:is|was|does|did|has|wo|ca)n['’]?t|"
                            # (or one that is done only by someone: "me and his dad dean split up", "dean cancels")
                            r"split|cancels|cancelled|pays|sees|gets|drops|shouts|comes|goes|thinks|tells|told)\b"
                            # (or who he is, in brackets after him: "his dad dean (were not together)")
                            r"|(?=[ \t]+\((?!\w+\)))"
                            # (or a double first name's second part: "his little sister lily mae im round the corner")
                            r"|(?=[ \t]+(?:mae|may|rose|rae|jo|ann|anne|lou|leigh|marie|louise|jane|belle|jay)\b)))")
# A lower-case name said to be his: "his name is shimon", "her names zofia" (the cue's own word
# may be a name: "name is" before a word no dictionary has or a listed first name)
LOWER_NAME_IS = re.compile(r"\b(?i:his|her|their|my|me|(?:son|daughter|child|baby)['’]?s|"
                           # (or a worker's or a relation's: "the caseworkers name is jade", "his mums name is")
                           r"(?:the|his|her|my|our|their)[ \t]+[a-z]{2,}(?:['’]s|(?<!s)s))[ \t]+(?i:full[ \t]+|first[ \t]+)?"
                           r"name(?:[ \t]+is|['’]?s)[ \t]+(?P<name>[a-z][a-z'’-]{2,})(?![\w'’-])")
# ... a listed first name that is a word too only where the phrase ends after it: "his name is mason
# and he is 9", "her name is grace." (never "his name is will be changed", "her name is down")
NAME_IS_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|but|or|so|he|hes|he['’]s|she|shes|she['’]s|they|theyre|"
                          r"who|thats|that['’]s|its|it['’]s|i|im|i['’]m|aged?|x|lol|btw|\d)\b", re.M)
# A Chinese name, family name first, its given name a month's short form, after a relation's word:
# "Dad Chen Jun works away" (never before a day, a year or a range: "Chen Jun 3rd", "Jun–Jul"; never
# "May" or "June", a verb's or a date's far more often: "Mrs Nguyen May be able")
NAME_THEN_MONTH = re.compile(r"\b(?i:dad|mum|father|mother|brother|sister|uncle|aunt|grandad|grandma|nan|"
                             r"stepdad|stepmum)[ \t](?P<family>[A-Z][a-z]+)[ \t]+(?P<given>Jun)(?![\w'’.–—-])"
                             r"(?![ \t]*(?:\d|[,–—-]|of\b|the\b|half\b|term\b|(?i:twenty|thirty|first|second|third)\b))")
# ... or a titled surname's given name in brackets, a month's short form: "Dad Mr Lin (Jun) prefers
# Mandarin" (never "Mrs Patel (May)", more often the month she is seen in)
# (never where other months stand in brackets: "Dr Evans (Jun), Ms Hill (Mar)" date reports)
MONTH_IN_BRACKETS = re.compile(r"\((?:Jan|Feb|Mar|Apr|May|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\)")
# ... or after his family name, with nothing of a date after it: "Interpreter: Mr Liang Jun (21st May only)"
TITLED_NAME_THEN_MONTH = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[A-Z][a-z]+[ \t]+(?P<given>Jun|Jan)"
                                    r"(?=[ \t]*(?:[(,;:)\n]|$))(?![ \t]*,[ \t]*\d)")
TITLED_THEN_MONTH_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[A-Z][a-z]+[ \t]*\((?P<given>Jun)\)")
# A hyphened name spoken on a call: "Tyler hyphen James Bainbridge"
SPOKEN_HYPHEN = re.compile(r"(?<![\w'’-])(?P<name>(?P<first>[A-Z][a-z]+)[ \t]+(?:hyphen|dash)[ \t]+(?P<second>[A-Z][a-z]+)"
                           r"(?:[ \t]+(?P<surname>[A-Z][\w'’-]+))?)(?![\w'’-])")
# ... its words after the first ("dean anthony lister")
LOWER_NAME_GOES_ON = re.compile(r"[ \t]+([a-z]{3,}(?:[ \t]+[a-z]{3,})?)(?![\w'’-])")
# ... or what the family calls him: "we call him shimmy at home", "calls her bubs for short"
LOWER_CALLED = re.compile(r"\b(?i:call|calls|called)[ \t]+(?i:him|her|them|me)[ \t]+(?P<name>[a-z][a-z'’-]{2,})"
                          r"(?=[ \t]+(?:at[ \t]+home|for[ \t]+short)\b)")
# (never a fond word: "everyone calls him sweetie")
FOND_WORDS = frozenset("sweetie sweetheart sweetpea cutie champ trouble monkey smiler".split())
# ... or what everyone calls a child, a short form perhaps: "every1 calls him tj, hes 7"
EVERYONE_CALLS = re.compile(r"\b(?i:every(?:one|1|body)|every[ \t]+one|we[ \t]+all|they[ \t]+all|every1[ \t]+just)[ \t]+"
                            r"(?i:calls?|called)[ \t]+(?i:him|her|them)[ \t]+(?P<name>[a-z][a-z'’-]{1,})(?![\w'’-])")
# ... or after a partner's word, whoever's partner it is: "darrens new gf dawn", "his wife kelly"
LOWER_PARTNER = re.compile(rf"\b(?:{_OWNER}|[a-z]{{3,}}s|me)[ \t]+(?:(?:new|old|current|latest|ex)[ \t-]+)?"
                           rf"{_PARTNER}[ \t]+"
                           r"(?P<name>[a-z]{3,})(?![\w'’-])")
# what ends a partner's name that is a word too: the phrase's end, her clitic or a person's verb
PARTNER_NAME_ENDS = re.compile(r"['’]s\b|[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:has|is|was|says|said|rang|wants|isnt|isn['’]t|"
                               r"dont|don['’]t|doesnt|doesn['’]t|didnt|didn['’]t|wont|won['’]t|thinks|think|reckons?)\b", re.M)
# A name written as it is said, its stressed part in capitals, on a line about saying it: "Please
# say my name properly: AY-sha, not ASH-a", "ruh-KY-yah" (never "EHCP-related", a kept word's letters)
SAID_AS = re.compile(r"(?<![\w'’-])(?=[A-Za-z-]*[A-Z]{2})(?=[A-Za-z-]*[a-z])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w'’-])")
SAYING_LINE = re.compile(r"(?i)\b(?:name|pronounc\w*|sounds?[ \t]+like|say[ \t]+(?:my|his|her|their|it))\b")
# A lower-case first name said twice, as a caller repeats it for the voicemail: "it's summer summer
# fagg", "ringing for marcus marcus ovenden"
SAID_TWICE = re.compile(r"(?<![\w'’-])(?P<name>[a-z]{3,})[ \t]+(?P=name)(?![\w'’-])")
PRONOUN_BEFORE = re.compile(r"\b(?i:i|we|you|they|to)[ \t]+$")
LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z][a-z'’-]{2,})(?![\w'’-])")
# ... or introduces herself, then her post: "this is heather sandiford SENCO at ..."
INTRODUCED_WITH_POST = re.compile(r"\b(?i:this[ \t]+is|it['’]s)[ \t]+(?P<name>[a-z]{3,}(?:[ \t][a-z]{3,}){1,2})[ \t]+"
                                  r"(?:(?:the|a)[ \t]+)?(?:SENCO|senco|SENDCo|headteacher|head[ \t]+teacher|EP|social[ \t]+worker|"
                                  r"health[ \t]+visitor|class[ \t]+teacher)\b")
# A lower-case first name with the body she works for: "i speak before with dean from your service"
LOWER_FROM_BODY = re.compile(r"(?<![\w'’-])(?P<name>[a-z]{3,})[ \t]+(?:from|at|in)[ \t]+(?:your|ur|the)[ \t]+"
                             r"(?:service|office|team|council|school|sendiass|nursery)\b")
# A message signed with its writer's initial alone on a line, above her name: "N\n\nNiamh Osei"
SIGNED_INITIAL = re.compile(r"(?m)(?:\A|\n)[ \t]*\r?\n[ \t]*(?P<name>[B-HJ-Z])[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
                            r"(?P<next>(?P=name)[a-z]+)[ \t]+[A-Z]")
LOWER_FIRST_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,})[ \t]+$")
# ... and signs with her own name above it, or writes it in a header: "kerry wickersley (chase's mum)",
# "From: kerry wickersley <...>"
LOWER_SIGNED = re.compile(rf"(?m)^[ \t]*(?P<name>(?P<first>[a-z]{{2,}})[ \t]+[a-z][a-z'’-]+)[ \t]*\((?:[a-z]+['’]?s[ \t]+)?{_LOWER_KIN}\)"
                          r"|^[> \t]*(?i:from|to|cc|sent[ \t]+by)[ \t]*:[ \t]*(?P<name2>(?P<first2>[a-z]{2,})[ \t]+[a-z][a-z'’-]+)[ \t]*<")
# A child named where only a person can be: "pick storm up from", "bring ember with me", "my other
# one jack he's eight"
LOWER_CARRIED = re.compile(r"\b(?:pick|picks|picking|picked|drop|drops|dropping|dropped|take|takes|taking|took|bring|brings|"
                           r"bringing|brought|collect|collects|collecting|collected|fetch|fetching)[ \t]+(?P<name>[a-z]{3,})"
                           r"[ \t]+(?:up|off|with|from|home|in|round|over)\b"
                           r"|(?<![\w'’-])(?P<name2>[a-z]{3,})[ \t]+(?:he|she)(?:['’]?s|[ \t]+is)[ \t]+"
                           r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                           r"fifteen|sixteen|seventeen|eighteen|nineteen)\b")
NOT_A_PERSONS_LAST = frozenset("academy school primary college nursery office admin team reception enquiries council "
                               "service services trust hub centre group".split())
SAYING = frozenset("said says told tells thinks thought reckons knows knew feels felt swears".split())
# what is fetched and taken that is no child, though a name too: "pick kit up", "take summer off"
NOT_CARRIED = frozenset("kit summer autumn winter spring".split())
# ... and "miss" at a clause's end only after who she is or a word that meets her ("the lady from the
# primary miss gaunt,"; never "the kids miss french,")
LOWER_MISS_BEFORE = re.compile(r"\b(?:lady|teacher|woman|ot|physio|senco|ta|head|primary|school|class|nursery|college|"
                               r"from|with|and|ask|asked|told|tell|emailed|rang|called|saw|met|since)[ \t]+$")
# A surname after a title in lower case ("the physio miss shepherd says"): hers where she acts
LOWER_TITLED = re.compile(r"(?<![\w'’-])(?P<title>miss|mrs|mr|ms|dr)[ \t]+(?P<initial>[a-z]\.[ \t]?)?(?P<name>(?:o['’])?[a-z]{3,})(?![\w'’-])")
# ... her role after her ("miss carr the senco", "mrs dyson (head)"), a word that says something
# ("miss harrow says"), or the writer saying it is her name ("her name is miss o'donoghue")
ROLE_NEXT = re.compile(r"[ \t]+(?:(?:the|our|his|her|their|my)[ \t]+|\([ \t]*)(?P<role>[a-z]{2,})\b")
SPEAKS_AFTER = re.compile(r"[ \t]+(?:says|said|told|tells|reckons|thinks|wants|wanted|rang|emailed|phoned)\b")
NAME_IS_BEFORE = re.compile(r"\bname[ \t]+is[ \t]+$", re.IGNORECASE)
# A worker by her first name and her service: "hope from early help said", "Kayleigh from CAMHS"
NAME_FROM_SERVICE = re.compile(r"(?<![\w'’-])(?P<name>[A-Za-z][a-z]{2,})[ \t]+from[ \t]+(?:the[ \t]+)?(?i:early[ \t]+help|camhs|"
                               r"social[ \t]+(?:services|care|work)|sen[d]?[ \t]+team|sendiass|iass|family[ \t]+hub|"
                               r"children['’]?s[ \t]+services|portage|salt|ot|ep[ \t]+service|council|la|local[ \t]+authority|"
                               r"social)\b")
# (a word of a phrase, never her: "no hope from camhs", "any joy from the council")
WORD_OF_A_PHRASE_BEFORE = re.compile(r"\b(?:no|any|some|little|more|much|real|the|a|an|all|of|for|get|got|need|needs|want|"
                                     r"wants|with|without|and|or|my|our|your|their|his|her|another|this|that|every|only|"
                                     r"facilities|sensory)[ \t]+$", re.IGNORECASE)
VERB_AFTER_SERVICE = re.compile(r"[ \t]+(?:said|says|rang|rung|called|emailed|e-mailed|told|came|comes|visited|phoned|"
                                r"texted|wants|wanted|thinks|thought|suggested|advised|asked|is|was|has|had|will|would|"
                                r"can|could|should|agreed|explained|helped|helps|mentioned|sent|gave|referred)\b")
# (who misses something: "i miss home said", "we'll miss swimming")
SUBJECT_BEFORE = re.compile(r"(?:\b(?:i|we|you|they|he|she|will|would|to|dont|didnt|cant|wont|might|gonna|never|who|kids|"
                            r"children|pupils|students|boys|girls|\d+s)|['’]ll|n['’]t)[ \t]+$", re.IGNORECASE)
# what a child misses in a school's day, never a teacher: "kids who miss break says the head"
MISSED_THINGS = frozenset("""break breaks lunch lunchtime lunchtimes playtime playtimes swimming school lessons lesson
assembly class maths english trips trip pe reading homework breakfast dinner tea club clubs football training out
sessions session therapy time days day registration""".split())
# ... or whose class it is: "yr 5 in miss kemps class"
CLASS_AFTER = re.compile(r"[ \t]+class(?:room)?\b")
# A name written in its own script, alone after a label: "Sender as written in Urdu: نسرین اختر   [= ...]",
# "[signed in Urdu: نسرین]" (a run with a Latin word in it, "بخدمت جناب SENDIASS", is no name)
_NOT_LATIN = r"(?:(?![a-zA-Z\u00C0-\u024F\u1E00-\u1EFF])[\p{L}\p{M}])+"
NOT_LATIN_NAME = regex.compile(rf"(?m)^(?P<label>[^\n:]{{0,60}}):[ \t]{{1,4}}(?P<name>{_NOT_LATIN}(?:[ \t]{_NOT_LATIN}){{0,2}})"
                               rf"(?=[ \t]*(?:$|[\[\]()]|[ \t]{{2}}))")
# A word spelled out letter by letter with hyphens, as a call's notes or a transcript write a
# name or a street for the listener: "Denis. D-E-N-I-S", "R-I-V-E-R-S-I-D-E", "D - E - N - I - S" (a found name's
# spelling takes its type in the linker)
ALPHABET = "abcdefghijklmnopqrstuvwxyz"  # "A - B - C - D" is a list's letters, no one's name
# (a double-barrelled name's hyphen said between its parts: "K-E-R-R-Y dash A-N-N")
SPELLED_HYPHENS = re.compile(r"(?<![\w'’-])(?:(?:[A-Z]-){3,}[A-Z](?:[ \t]+(?i:dash|hyphen)[ \t]+(?:[A-Z]-){1,}[A-Z])?"
                             r"|(?:[a-z]-){3,}[a-z](?:[ \t]+(?:dash|hyphen)[ \t]+(?:[a-z]-){1,}[a-z])?"
                             r"|(?:[A-Z] - ){3,}[A-Z]|(?:[a-z] - ){3,}[a-z]"
                             # (letters said apart, a double name's hyphen said: "D E L A N E Y dash B R I G G S")
                             # (from a run's first letter only, so a long run is read once; never grades, "A B C dash B B")
                             r"|(?<!\s[A-Za-z] )(?<!^[A-Za-z] )[A-Z](?: [A-Z]){3,}[ \t]*(?:-|[ \t](?i:dash|hyphen)[ \t])[ \t]*[A-Z](?: [A-Z]){2,}"
                             r"|(?<!\s[A-Za-z] )(?<!^[A-Za-z] )[a-z](?: [a-z]){3,}[ \t]*(?:-|[ \t](?:dash|hyphen)[ \t])[ \t]*[a-z](?: [a-z]){2,})(?![\w'’-])")
LANGUAGE_LABEL = re.compile(r"(?i)\b(?:language|languages|tongue|script|spoken|speaks|dialect)\b")
NAME_WRITTEN = re.compile(r"(?i)\b(?:name|signed|signature|sender|from|written|writing|spelling|spelt|spelled|mother|"
                          r"father|mum|dad|child|parent|carer|by)\b")
SAINT_RE = re.compile(r"^(?:St\.?|Saint)\s")
# A council after its town's name: "Lancaster City Council", "Ribble Valley Borough Council"
TOWNS_COUNCIL_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:City|Borough|District|County|Town|Parish)[ \t]+Council\b")
# E-mail header lines and the "Surname, First" entries on them.
HEADER_LINE = re.compile(r"(?im)^[> \t]*(?:from|to|cc|bcc|sent by|reply-to)[ \t]*:[ \t]*(?P<people>[^\n]+)$")
SURNAME_FIRST = re.compile(r"(?:^|(?<=;)|(?<=; ))[ \t]*([A-Z][\w'’-]+),[ \t]+([A-Z][a-z][\w'’-]*)\b")
# A word as OCR reads a scan: letters with 1 or 0 among them (or an l where an I was), two
# letters at least: "Danie11e", "0'Connell", "Pash1ey-Hirst", "lsla".
OCR_WORD = re.compile(r"(?<![\w'’])(?=[A-Za-z01])(?=[A-Za-z01'’-]{0,40}?[A-Za-z][A-Za-z01'’-]{0,40}?[A-Za-z])"
                      r"(?=[A-Za-z'’-]{0,40}?[01]|l[b-df-hj-np-tv-xz])[A-Za-z01][A-Za-z01'’]*(?:-[A-Za-z01'’]+)*(?![\w'’])")

POSITION_SCORE = 0.86  # above NER, so "S. Venkatesh" wins over NER's "Venkatesh"
AFTER_SCORE = 0.8     # a name read from the word before it ("my friend Mads")
# "S. Venkatesh", "Mrs K Bishop" (the full stop is needed unless a title stands before)
# (never the closing quote of "'J Bayliss' <senco@...>")
INITIAL_SURNAME = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-ÞŁŚŠŽČŘĎŤŇĽĹŐŰ](\.?)(?: |(?<=\.))([A-ZÀ-ÖØ-ÞŁŚŠŽČŘĎŤŇĽĹŐŰ][a-zß-öø-ÿ\u0100-\u017f][\w'’-]*\w)")
LABELS_BEFORE_LETTER = frozenset("section sections part appendix annex table figure stage level grade "
                                  "plan option box question item paragraph para sec".split())
# An initial and a surname that is a word, after a lower-case word and ending its line or clause:
# "cover for T. Bright", "letter from K. Young, then" (never "band C. Further work"; a label's letter aside)
INITIAL_AND_WORD = re.compile(r"(?<=[a-z] )(?P<name>[A-Z]\.[ ]?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=[ \t]*(?:$|[,;)]))", re.M)
LETTERED_THINGS = frozenset("vitamin hepatitis band class group key year team block room unit wing ward zone "
                            "floor bay site route type".split())
# "Tomas H.", "Tomas H," : a listed first name and the initial of a surname; "Dawn M" at a line's end
# (a double first name whole: "Tyler-James H.")
FIRST_INITIAL = re.compile(r"(?m)(?<![\w.])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) [A-Z](?:(?:\.[ ]?[A-Z])?\.(?=[\s,;)*]|$)|\**[ \t]*$|(?=:[ \t]+[^\d\s])"
                           r"|(?=[ \t]+[-–][ \t])|(?=[ \t]+(?:attended|said|says|rang|called|came|agreed|emailed|confirmed|asked|wants|"
                           r"phoned|texted|sent|advised|reported)\b)"
                           # "Reece W, Alfie T, Precious A)", "Shazia A (newsletter Child A)"
                           r"|(?=[,;)])|(?=[ \t]+\()"
                           # "10:05<tab>Dawn A<tab>Olusegun Bakare": a table's cell
                           r"|(?=[ \t]*\t)"
                           # "(Riley T, Sam A and Zofia)": the last but one of a list
                           r"|(?=[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+[ \t]*(?:[,;).]|[A-Z](?![\w'’])|$)))")
# Who speaks on a line: a chat export's display name after its time stamp ("14/10/2024, 18:55 -
# Kel Marsh: ..."), or a log entry's caller ("08:55 E   April Moss: Harvey ...").
STAMP = (r"(?:\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?\]?[ \t]*-?[ \t]*"
         r"|\d{1,2}[.:]\d{2}[ \t]+(?:[A-Z]{1,2}[ \t]+)?)")
SPEAKER = re.compile(rf"(?m)^[ \t]*(?P<stamp>{STAMP})?(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*\.?){{0,2}})"
                     r"[ \t]*(?:[^\w\s:]{1,3}[ \t]*)?:[ \t]")
# A call transcript's speaker, on a line of its own before the time into the call: "Mayhew, Ruth
# 0:04", "Stevie March   1:50", "Mayhew, Ruth stopped transcription" (Teams writes surname first)
TRANSCRIPT_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w'’-]+(?:,[ \t]+|[ \t]+)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
                                r"(?:[ \t]+\((?:Guest|External|Unverified)[^)\n]{0,20}\))?"
                                r"(?=[ \t]{1,6}\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$|[ \t]+(?:started|stopped)[ \t]+transcription)")
# ... and a web form's answer in lower case: "Child/young person's name: april boyce-whitlock"
LOWER_NAME_FIELD = re.compile(r"(?im)^[ \t>*-]*(?:[\w/'’ ]{0,30}[ \t'’s]name|name)[ \t*]*:[ \t*]*"
                              r"(?P<name>(?-i:[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){1,2}))[ \t]*\r?$")
# ... or one name alone, a web form's field as a parent fills it in: "Child's name (optional): summer",
# "First name: Mason" (a listed first name or a word no dictionary has; never "Name: unknown")
SINGLE_NAME_FIELD = re.compile(r"(?im)^[ \t>*-]*(?:(?:child|pupil|parent|carer|young[ \t]+person|student|learner|sibling|"
                               r"caller|your)(?:['’]s|s['’])?[ \t]+)?(?:(?:full|first|given|preferred)[ \t]+|fore)?name"
                               r"(?:[ \t]+of[ \t]+(?:child|young[ \t]+person|parent(?:/carer)?|carer|pupil|student|caller))?"
                               r"(?:[ \t]*\((?:optional|if[ \t]+known|if[ \t]+different|required)\))?[ \t*]*:[ \t*]*"
                               r"(?P<name>[A-Za-z][a-z'’-]+)[ \t]*\r?$")
# "will" as a boy's name where no modal verb can stand, in a text that names a William or a Will:
# "and will doesnt sleep till gone 11", "will just needs a firm hand", "as will listens to them"
# (never a question's modal before its subject, "when will parents be told", nor after its
# subject: "i will sends it", "she will needs")
WILL_ACTS = re.compile(r"(?<![\w'’-])(?P<name>will)[ \t]+(?:(?:just|still|never|always|only|really|also|even|actually|"
                       r"literally)[ \t]+)?(?P<verb>[a-z]+(?:['’]t)?)(?:[ \t]+(?P<after>[a-z]+))?")
WILL_NAMED = re.compile(r"\bWilliam\b|\b[Ww]illo\b|(?<=[a-z,] )Will\b(?![ \t]+(?:you|we|they|I|it|he|she|this|that|the)\b)")
WILL_VERBS = frozenset("doesnt doesn't doesn’t isnt isn't isn’t wasnt wasn't wasn’t hasnt hasn't hasn’t was has is hes "
                       "said did went got came".split())
NOT_VERBS_IN_S = frozenset("this his its us as yes less unless plus thus always sometimes perhaps parents pupils students "
                           "staff schools things times days weeks years kids children sessions people lessons teachers "
                           "families carers services".split())
QUESTION_BEFORE = re.compile(r"(?:\b(?i:when|how|what|where|which|who|why|i|we|you|they|he|she|it|that|this)[ \t]+|(?:^|[.!?]\s*))$")
# ... or signing off with her first name's letter above her signature: "Thanks, N x\n\nNadia Rahman",
# "Thanks lovely, B x\n\nBernadette Kershaw (she/her)"
SIGN_OFF_INITIAL = re.compile(r"(?m)^[ \t>]*(?:Thanks|Thank[ \t]+you|Many[ \t]+thanks|Cheers|Best|Love|Ta|Speak[ \t]+soon)"
                              r"(?:(?:[ \t]+(?:lovely|hun|again|all|both|so[ \t]+much))?[ \t]*,?[ \t]+"
                              # (or on its own line under the thanks: "Thanks L, owe you one\nB\n\nBernadette Kinsella")
                              r"|\b[^\n]{0,40}\r?\n[ \t>]*)(?P<name>[A-Z])\.?"
                              r"(?:[ \t]+x{1,3})?[ \t]*\r?\n(?:[ \t>]*\r?\n){0,2}[ \t>]*(?P<full>[A-Z])[a-z]+[ \t]+\(?[A-Z][a-z'’]")
# The short names a child prefers in brackets after her name: "Riley Chedzoy (prefers Ri or Riles)"
PREFERS_NAMES = re.compile(r"\((?i:prefers|likes|known[ \t]+as|aka|goes[ \t]+by|called)[ \t]+[\"“']?(?P<a>[A-Z][a-z]+)[\"”']?"
                           r"(?:[ \t]*(?:or|/|,)[ \t]*[\"“']?(?P<b>[A-Z][a-z]+)[\"”']?)?[ \t]*\)")
PET_NAME_ENDS = re.compile(r"[ \t]*(?:[.;:!?)]|\r?\n|$|[ \t]+(?:and|who|is|was|has|when|because|he|she|it)\b)")
# A post's terms in capitals in brackets after it, never its holder's initials: "SENCo (PT)", "DHT (ACTING)"
POST_STATUS = frozenset("PT FT NQT ECT NEW OOO TBC TBA TBD NA KS EYFS ACTING INTERIM LEAD CHAIR TEMP SUPPLY "
                        "MAT JOB SHARE COVER VACANT".split())
# A relation's name in lower case in brackets after her: "my mum (sue - 07700 900 874)", "his dad (lee)"
LOWER_KIN_BRACKET = re.compile(r"\b(?i:my|his|her|our|their)[ \t]+(?:mum|mam|mom|dad|nan|nana|nanna|nanny|gran|granny|"
                               r"grandma|grandad|grandpa|sister|brother|auntie|aunty|aunt|uncle|partner|fella|ex)"
                               r"[ \t]*\((?P<name>[a-z]{3,12})(?=[ \t]*(?:[-–,)]|\d))")
# (a reference's letters closing a name's span, its number after them)
REF_LETTERS_AT_END = re.compile(r"[ \t]+[A-Z]{2,6}$")
REF_NUMBER_AFTER = re.compile(r"[-/]\d{2}[-/]\d{3,6}")
# A child's first name before her case's reference in a log's cell: "\tTiago WKC-25-0843\t"
NAME_BEFORE_REF = re.compile(r"(?m)(?:^|\t|,|\|[ \t]*)(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+"
                             r"(?=[A-Z]{2,6}-\d{2}-\d{3,6}[ \t]*(?:\t|,|\||\r?$))")
# A child's short name in brackets after her first name, a word too: "Ellis (Bear)" in a log's cell
# (a word only where families make it a child's name, never a status: "Ellis (Absent)", "Ellis (Lead)")
NICK_AFTER_FIRST = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)[ \t]+\((?P<nick>[A-Z][a-z]{2,})\)")
PET_NICKNAMES = frozenset("bear bean bug buddy bubba peanut tiger moo pickle sprout chip scout boo bubs button cookie "
                          "pumpkin squish sunny sonny buster tink tinker bunny bubbles pip poppet moose duke bunbun".split())
# An advice line's worker naming herself to the caller: "advice line you're speaking to hope how can i help"
SPEAKING_TO_NAME = re.compile(r"\b(?i:you['’]?re|you[ \t]+are|your)[ \t]+speaking[ \t]+(?i:to|with)[ \t]+(?P<name>[A-Za-z][a-z]+)"
                              r"(?=[ \t]*(?:[,.!?]|$|(?i:how|what|can|from|here|speaking|hello|hi|good)\b))", re.M)
# A message opening with a first name alone on its line, a blank line below: "Gill,\n\nFYI - see ..."
BARE_SALUTATION = re.compile(r"(?m)(?:\A|\n[ \t>]*\r?\n)[ \t>]*(?P<name>[A-Z][a-z]{2,}),[ \t]*\r?\n[ \t>]*\r?\n")
# ... or by her initial alone after a greeting, on its own line: "Morning T,", "Hi J,"
INITIAL_SALUTATION = re.compile(r"(?m)^[ \t>]*(?:Hi|Hello|Hiya|Morning|Good[ \t]+morning|Afternoon|Good[ \t]+afternoon|Dear|Thanks|"
                                r"Thank[ \t]+you|Cheers)[ \t]+(?P<name>[A-WYZ])[ \t]*[,!][ \t]*\r?$"  # (never "Dear X," of a template)
                                # (or thanked, her letter before the rest of the line: "Thanks L, owe you one")
                                r"|^[ \t>]*(?:Thanks|Thank[ \t]+you|Cheers|Ta)[ \t]+(?P<thanked>[A-HJ-WYZ]),[ \t]+[a-z]")
# ... or in lower case, her first word in her address: "From: roxy p <roxy.p1987@hotmail.co.uk>"
LOWER_ADDRESSEE = re.compile(r"(?m)^[ \t>]*(?i:from|to|cc|reply-to)[ \t]*:[ \t]*(?P<name>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’.-]*){0,2})"
                             r"[ \t]*<(?P<local>[\w.+'-]+)@")
NOT_A_SALUTATION = frozenset("hello hiya morning afternoon evening thanks cheers all everyone team colleagues folks "
                             "sir madam regards best yours dear love friends".split())
# An e-mail's sender or recipient by the name before the address: "To: Gillian Entwistle <g.entwistle@...>"
ADDRESSEE = re.compile(r"(?im)^[ \t>]*(?:from|to|cc|bcc|sent[ \t]+by|reply-to)[ \t]*:[ \t]*(?:.*?;[ \t]*)?"
                       r"(?P<name>(?-i:[A-Z][\w'’-]+(?:,?[ \t]+[A-Z][\w'’.-]*){0,3}))[ \t]*<(?P<local>[\w.+'-]+)@")
# A form's name field: "Name: April Moss", "**Name:** April Moss", "Pt: BIRKWELL, Mason"
NAME_FIELD = re.compile(r"(?im)^[ \t>*-]*(?:name|full name|child'?s name|pupil|pupil name|student|child|appellants?|"
                        r"(?:first|fore|given|middle)[ \t]?names?(?:\(s\))?|"
                        r"learner|young person|patient|pt|re|prepared by|written by|completed by|report by|"
                        # (a printed form's dotted leader for its colon: "Name ........ Chidera Okonjo")
                        r"author|assessed by)[ \t*]*(?::|\.{3,}:?)[ \t*]*"
                        r"(?P<name>[A-Z][\w'’-]+(?:,?[ \t][A-Z][\w'’-]+){1,3})(?=[ \t]{2,}|[ \t]*\**[ \t]*$|[ \t]*\(|,[ \t])")
# A form's label on its own line and the name on the next one, or a Word table's label cell
# and the name in the next cell: "Name of parent/carer\nKaren Lunn", "Child's name<tab>Hope Bright".
NAME_LABEL_LINE = re.compile(
    r"(?im)^[ \t*]*(?:(?:child|pupil|parent|carer|parent/carer|mother|father|young person|student|"
    r"learner|patient|sibling|referrer)(?:'s|’s|s')?[ \t]+)?(?:(?:full[ \t]+|first[ \t]+|last[ \t]+|sur)?"
    r"name(?:[ \t]+of[ \t]+(?:child|young person|parent(?:/carer)?|carer|pupil|student|referrer))?"
    r"|signed|signature|print(?:ed)?[ \t]+name|received[ \t]+by|completed[ \t]+by)"
    # (bounded runs: a Word table's empty cells are runs of tabs, which unbounded ones scan again and again)
    r"(?:[ \t]{0,3}:?[ \t*]{0,3}\r?\n(?:[ \t]{0,8}\r?\n){0,2}[ \t]{0,8}|[ ]{0,3}:?[ *]{0,3}\t[ \t]{0,3})"
    r"(?P<name>(?-i:[A-Z](?:[\w'’-]+|\.?(?= [A-Z]))(?:,? [A-Z][\w'’-]+){0,3})) *(?:$|\t)")
# Staff initials where a log lists them: "Duty officers: Mon RI, Wed GE (am) + DM (pm)", a log
# line's initials after its time ("11.15  RI  Rang mum"), a team in brackets "(HB, IS, RI, GE)".
INITIALS_LINE = re.compile(r"(?im)^[^\n]*\b(?:duty officers?|duty|officers?|staff|team|initials|present|"
                           r"attendees|on duty|initialled|initialed|signed off by|checked by)[ \t]*:[^\n]*$")
# Initials as staff write them: "SR", "HMcB", "MDo" (a second letter of the surname), not "TAs".
INITIAL_CODE = r"(?:[A-Z]{2,3}|[A-Z](?:Mc|Mac)[A-Z]|[A-Z]{2}[a-rt-z])"
INITIALS = re.compile(rf"(?<![\w.]){INITIAL_CODE}(?![\w.])")
TIME_INITIALS = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[.:]\d{{2}}[ \t]{{1,4}}(?P<initials>{INITIAL_CODE})(?=[ \t]{{2,}}|[ \t]*[:|])")
# An action's owner in square brackets: "[HMcB]", "[HMcB -> BL]", "[SR/TO]".
SQUARE_INITIALS = re.compile(rf"\[(?P<list>{INITIAL_CODE}(?:[ \t]*(?:->|→|/|,|&)[ \t]*{INITIAL_CODE})*)\]")
BRACKET_INITIALS = re.compile(r"\((?P<list>[A-Z]{2,3}(?:,[ \t]*[A-Z]{2,3}){2,})\)")
# Initials in brackets after a role ("Escalated to team leader (JMcC)"), and a child's initials
# before a year group ("KT (mum) re TJT, Y4").
# A first name's and a double surname's initials with their stops: "## 4. E.M-B – proposed cessation"
# (never a longer dotted run: "9 A.M-P.M.", "A.D.-H.D.")
HYPHENED_INITIALS = re.compile(r"(?<![\w.-])[A-Z]\.[ ]?[A-Z]\.?-[A-Z]\.?(?![\w-]|\.?[A-Z])")
# where a line's or a sentence's first word stands: "- [x] Chase Solihull SEN team", "Action: Chase ..."
LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-*•>]|\d+[.)])?[ \t]*(?:\[[ xX]?\][ \t]*)?(?:[A-Z][a-z]+:[ \t]*)?$|[.!?][ \t]+$")
ROLE_THEN_INITIALS = re.compile(rf"\((?P<code>{INITIAL_CODE})\)")
# ... or after a note's date or time, as its writer signs it: "note added to record Mon 17/02/2025 (DKB)"
DATE_BEFORE_BRACKET = re.compile(r"(?<![\w/.:])(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}[:.]\d{2})[ \t]*$")
# ... where it ends the line or the cell, as a signature does ("(DKB) ---")
SIGNED_BRACKET_END = re.compile(r"[ \t]*(?:-{2,}[ \t]*)?(?:\r?\n|$|\t|\|)")
# a log's and a clock's letters in brackets, no one's: "12/03/2025 (TBC)", "10:00 (GMT)"
LOG_LETTERS = frozenset("TBA TBC TBD ETA WNB DNA FTE FTX PEX LVM OOO EOD COB ICO RTW FTT GMT BST UTC NA NR VM AM PM".split())
# An action's owner in brackets: "ACTION (AF): chase", "Action (KW)"
# A worker's initials after a label that names a worker: "Allocated: NB", "Case holder: SG"
LABELLED_INITIALS = re.compile(rf"(?m)\b(?i:allocated(?:[ \t]+to)?|assigned(?:[ \t]+to)?|case[ \t]?holder|key[ \t]?worker|"
                               rf"caseworker|worker|officer|adviser|advisor|completed[ \t]+by|author|taken[ \t]+by|"
                               rf"supervisor(?:[ \t]+seen)?|call[ \t-]?back|seen[ \t]+by|checked[ \t]+by|reviewed[ \t]+by|"
                               rf"closed[ \t]+by|signed[ \t]+off[ \t]+by|approved[ \t]+by|follow[ \t-]?up[ \t]+by|"
                               rf"(?:retrieved|logged|entered|recorded|actioned|updated|created|listened[ \t]+to)[ \t]+by)"
                               # (an OCR'd form's spaced initials at a line's end: "Allocated to: H G")
                               rf"[ \t]*:[ \t]*(?P<code>{INITIAL_CODE}|[A-Z] [A-Z](?=[ \t]*$))(?![\w/&-])"
                               # a case handed to a worker: "passed to DS", "transfer to IS", "covering for LK"
                               rf"|\b(?i:passed|transfer|transferred|handed(?:[ \t]+over)?|allocate|allocated|reallocated|"
                               rf"reassigned|assigned|covering|cover|copy|copied|pass)[ \t]+(?i:to|for)[ \t]+(?P<code2>{INITIAL_CODE})"
                               rf"(?![\w/&-])(?![ \t]+(?i:school|team|panel|service|unit|hub|court|tribunal)\b)"
                               # "(looked after child - initials LM)": the word itself before them
                               rf"|\b(?i:initials|inits)[ \t]*[:=-]?[ \t]*(?P<code3>(?-i:[A-Z]{{2,3}}))(?![\w/&-])"
                               # a worker to ring back, written after the word: "Callback GM.", "ring back JT"
                               rf"|\b(?:(?i:call[ \t-]?back|ring[ \t-]?back)|CB)[ \t]+(?:(?i:by|from|for)[ \t]+)?(?P<code4>{INITIAL_CODE})"
                               rf"(?![\w/&-])")
# What stands after a worker's label and is no one: an answer or a body ("Allocated: TBC", "to LA")
NO_WORKER = frozenset("OK NA TBC TBA ID NK ALL DUTY LA EHC SEN".split())
# what a call back's note says after the word, no one's initials: "Callback LVM", "callback EOD"
CALLBACK_NOT_WORKER = frozenset("LVM VM NFA EOD COB REQ NR ASAP YES NO WC".split())
ACTION_OWNER = re.compile(rf"\b(?i:actions?|owner|lead|by whom)[ \t]*\((?P<code>{INITIAL_CODE})\)")
# A note's writer in initials with the day she wrote it: "Admin note (LM 14/04)", "*RW 11/02/25 13.05*"
DATED_INITIALS = re.compile(rf"(?m)(?:\(|^[ \t]*[*_]{{1,2}}|(?<=[ \t])[-–][ \t]+)(?P<code>{INITIAL_CODE})[ \t]+"
                            r"\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?=\)|[ \t]*[*_]|[ \t]+\d{1,2}[.:]\d{2}\b|[ \t]+[-–][ \t])")
# ... or ending a log's cell, a follow-up's owner and day: "NSS-25-0606<tab>BL 16/06"
CELL_DATED_INITIALS = re.compile(rf"(?m)(?<=\t)(?P<code>{INITIAL_CODE})[ \t]+\d{{1,2}}/\d{{1,2}}(?:/(?:\d{{4}}|\d{{2}}))?(?=[ \t]*$)")
# A case's child by initials heading its notes, before a dash and its reference: "### 2.2 RF – WSD-2025-0152"
# (or its slash, its section lettered: "### 2a. AN / SIA-2025-0412 (Amara, Chatham)"; a hyphened
# surname's letters after a short name: "### TJ O-H – GSS-24-1263")
CASE_HEAD_INITIALS = re.compile(rf"(?m)^[ \t#*>-]*(?:\d{{1,2}}[a-z]?(?:\.\d{{1,2}})*\.?[ \t]+)?(?P<code>{INITIAL_CODE}"
                                r"(?:[ \t]+[A-Z]-[A-Z])?)[ \t]+[–—/-][ \t]+"
                                r"(?=[A-Z]{2,6}[-/]?\d)")
# ... or a Markdown heading's, before the worker who holds the case: "### TC-R – RO", "### ER – RO",
# "### JMcD – TK/NA" (a hyphened surname's letters too)
HEADING_HELD_INITIALS = re.compile(rf"(?m)^#{{1,6}}[ \t]+(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?[ \t]+)?"
                                   rf"(?P<code>{INITIAL_CODE}(?:-[A-Z]{{1,2}})?)[ \t]+[–—-][ \t]+"
                                   r"(?=[A-Z]{2,3}(?:[ \t]*/[ \t]*[A-Z]{2,3})?[ \t]*(?:→[^\n]*)?$)")
# ... or any case's heading or list item in notes, its initials before a dash: "### 2.3 RJB – 25-0402 – Woodston
# (TW)", "### 1.4 PMcD (Paddy) – PEX – NR", "- PB – JM: EP visit Weds 10th" (initials that are a word, a
# subject's or a kept abbreviation's only with the child's name in brackets or the worker's initials
# ending the heading: "- ON (Oliwia) – MW:", "### OK – EHCNA request (Rochdale) – TW"; never "### AOB – ...")
CASE_HEADING = re.compile(rf"(?m)^(?:#{{1,6}}|[ \t]*[-*•])[ \t]+(?:\d{{1,2}}[a-z]?(?:\.\d{{1,2}})*\.?[ \t]+)?(?:\*\*)?"
                          rf"(?P<code>{INITIAL_CODE}|[A-Z]{{4}}|[A-Z]{{1,2}}-[A-Z])(?:\*\*)?"
                          r"(?:[ \t]+\((?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\)|[ \t]+(?P<details>\((?:(?:Yr|Y|Year)[ \t]?\d{1,2}|R|\d{1,2}|"
                          r"EHE|EOTAS|(?i:mum|mam|dad|parents?|carers?|nan|gran))\b[^()\n]{0,60}\)))?"
                          r"[ \t]+[–—-][ \t]+(?P<rest>[^\n]*)$")
# (the case's details in brackets after its letters: "### SK (Yr8, Lufton Fields, Yeovil) – RV – 0674",
# "### IRP (3, Wivey) – KA (BH covering) – 0659", "### FW (mum JW) – Abbey Vale High, Y8 – AD")
# (the workers' initials in the rest of such a heading, between its dashes or at its end, and one
# covering: "– JC – SIASS/25/0588 – RAG: Green", "– KA (BH covering) –", "– Abbey Vale High, Y8 – AD")
HEADING_WORKERS = re.compile(r"(?:^|[–—-][ \t]+)(?P<code>[A-Z]{2,3})(?:[ \t]+\((?P<cover>[A-Z]{2,3})[ \t]+covering\))?"
                             r"(?=[ \t]*(?:[–—]|-[ \t]|$))")
# (only the first of the rest's parts, right after the case's, or the last, ending the line: "– RV – 0674 – RAG",
# "– Abbey Vale High, Y8 – AD"; never a status's or a step's letters between, "– Transport – PTP – AD", "– RAG: Red")
# (a reference in the rest: "– SIASS/25/0588", "– 24/1187", "– 0674 –", "– BSS-25-1230")
RAG_WORDS = frozenset("RAG RED AMBER GREEN".split())
HEADING_REFERENCE = re.compile(r"\b[A-Z]{2,6}[-/]\d|(?<![\w/])\d{2}[-/]\d{3,4}\b|[–—-][ \t]+\d{4}(?:[ \t]+[–—-]|[ \t]*$)")
# (a heading's letters that are no one: "### AOB – parking", "### CPD – dates")
HEADING_LETTERS = frozenset("AOB FYI FAQ FAQS CPD KPI KPIS QA HR DPIA GDPR MI ICO TOR NB PS TODO NOTE DONE TBC".split())
# (the worker's initials after the case's: "– MW:", "– DW / MK", "– RT – CSI-2025-0817", "(JB took call → TW)")
HEADING_WORKER = re.compile(r"^[A-Z]{2,3}(?:[ \t]*/[ \t]*[A-Z]{2,3})?(?:[ \t]+\([A-Z]{2,3}[ \t]+covering\))?[ \t]*(?::|$|[–—-])|[–—-][ \t]+[A-Z]{2,3}(?:[ \t]*/[ \t]*[A-Z]{2,3})?"
                            r"[ \t]*(?:\([^)\n]*\))?[ \t]*$|\b[A-Z]{2,6}[-/]\d|^(?:NEW[ \t]+)?\d{2}-\d{4}\b|\([A-Z]{2,3}\)[ \t]*$")
# ... or opening a table's row of cases, its reference with its hyphen or stroke: "| PM – BSS-25-0152 |"
# (never a lesson's room, "| DT – DT2 |")
TABLE_HEAD_INITIALS = re.compile(rf"(?m)^[ \t]*\|[ \t]*(?P<code>{INITIAL_CODE})[ \t]+[–—/-][ \t]+(?=[A-Z]{{2,6}}(?:[-/]\d|\d{{4}}))")
# ... or after its reference, a hyphened surname's letters dotted: "**MKS-25-0489 - W.M-D (Y7, ...)**"
REF_HEAD_INITIALS = re.compile(r"(?m)^[ \t#*>-]*[A-Z]{2,6}[-/]\d{2,4}[-/]\d{3,6}[ \t]+[–—-][ \t]+"
                               r"(?P<code>[A-Z](?:[.-]?[A-Z]){1,2}\.?)(?=[ \t]*[(*,:]|[ \t]*$)")
# A child's initials before her parents', and theirs, in a case list: "AP (parents IP/MP)", "KB (mum LT)"
# (two joined by a slash are a couple's, whatever they also abbreviate; one alone, no abbreviation's)
CHILD_THEN_PARENTS = re.compile(rf"(?<![\w'’.&/-])(?P<code>{INITIAL_CODE})[ \t]+\((?=(?i:parents?|mum|mam|dad|carers?)[ \t]+[A-Z])")
PARENTS_INITIALS = re.compile(rf"\((?i:parents?|mum|mam|dad|carers?)[ \t]+(?P<first>{INITIAL_CODE})"
                              rf"(?:[ \t]*[/&][ \t]*(?P<second>{INITIAL_CODE}))?\)")
# A relation's initials in brackets after her: "Mum (KC) wants", "dad (DC) wants mainstream" (never
# what a parent holds, "mum (PR)", a role's letters, "dad (SW)", nor a need's or a language's: "Dad
# (BSL)", "Mum (EAL)")
KIN_NEEDS = frozenset("BSL EAL MS VI HI DV LD MH ASC ASD PD SEN PTSD OCD BPD MND ME CP DS NFA NRPF".split())  # (SGO: HELD_BY_KIN)
KIN_INITIALS = re.compile(r"\b(?i:mum|mam|mom|dad|mother|father|nan|nana|gran|grandad|grandma|stepdad|stepmum|"
                          r"step-dad|step-mum|carer|aunt|auntie|aunty|uncle)[ \t]*\((?P<code>[A-Z]{2,3})\)")
# A letter's reference, its writer's initials then its typist's: "FM/kb", "Our ref: JRW/ps"
LETTER_INITIALS = re.compile(r"(?<![\w/.-])(?P<writer>[A-Z]{2,3})(?: / |/)(?P<typist>[a-z]{2,3})(?![\w/.-])")
# A first name ending a line of prose and its surname starting the next: "- why has Harvey\n  Smithies"
BROKEN_AT_LINE_END = re.compile(r"(?<=[a-z,] )(?P<first>[A-Z][a-z]{2,})[ \t]*\n[ \t>]*(?P<last>[A-Z][a-z][\w'’-]+)(?![\w'’-])")
# A whole name in lower case, as speech-to-text writes it: "i've got casey lomax with me"
LOWER_FULL_NAME = re.compile(r"(?<![\w'’@./-])(?=(?P<first>[a-z]{3,}) (?P<last>[a-z]{3,})(?![\w'’@/-]))")
# A name written surname first, standing alone where a system writes its people: a chat export's
# speaker line ("[14/10/2024 09:12] Bastow, Karen"), a log's cell ("\tHall, Jacob\t"), a list of
# members ("Conversation: Bastow, Karen ; Siddiqui, Imran")
SURNAME_COMMA_FIRST = re.compile(r"(?m)(?:^|(?<=\t)|(?<=\] )|(?<=[:;|] )|(?<=[:;|])|(?<=^[-*•] )|(?<=^\d[.)] )|(?<=^\d\d[.)] ))[ \t]{0,3}"
                                 r"(?P<last>[A-Z][a-z][\w'’-]+|[A-Z]{3,}(?:-[A-Z]{2,})?),[ \t](?P<first>[A-Z][a-z][\w'’-]*)"
                                 # (a list's item, its note after a dash: "- Wood, Sarah-Jane – out of area")
                                 r"(?=[ \t]*(?:$|\t|;|\||\()|[ \t]+[–—-][ \t])"  # "student filter: BROOK, Tyler (Y8, 8KP)"
                                 # a CSV's quoted cell: 06/01/2025,Mon,"Barnsley, Ellis",Tracey Firth
                                 r"|(?:(?<=^\")|(?<=,\"))(?P<qlast>[A-Z][a-z][\w'’-]+),[ \t]"
                                 r"(?P<qfirst>[A-Z][a-z][\w'’-]*)(?=\"(?:,|[ \t]*$))")
# A listed first name that is also a word, Capitalised after a verb said to a person: "Tell Hope
# I'll be there", "ask Will", "thank Grace for..."
TOLD_NAME = re.compile(r"\b(?i:tell|ask|thank|told|asked|thanked|remind|reminded)[ \t]+(?P<name>[A-Z][a-z]+)\b(?![ \t]*\d|[ \t]+[A-Z](?!['’]))")
# A first name, the short form in brackets, then the surname: "William (Will) Barnsley"
# ("Re: Yuxuan (Ethan) CHEN": a given name no list has, the English one he uses, the surname in capitals)
# (never across a table's cells: "Rayyan (Y2)<tab>Tel in (ADV LINE)")
BRACKETED_NICKNAME = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)[ \t]+\([\"“']?(?P<nick>[A-Z][a-z0-9]+)[\"”']?\)[ ]+"
                                r"(?P<last>[A-Z][a-z][\w'’-]+|[A-Z]{2,}(?:[-'’][A-Z]+)?)(?![\w'’-])")
# A family name before the first name in brackets, as a hearing list writes it: "Summers (Harvey)"
RAG_WORDS = frozenset("red amber green blue grey gray".split())
SURNAME_THEN_FIRST = re.compile(r"(?<![\w'’-])(?P<last>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)[ \t]+\((?P<first>[A-Z][a-z]{2,14})\)")
# a capitalised word just before, on the same line: the rule's word ends a longer name
NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+$")
# A first name that is a word too, then her role in brackets: "Will (volunteer) booked to attend"
NAME_THEN_ROLE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,14})[ \t]+\((?P<role>[A-Za-z][A-Za-z -]{1,30}[A-Za-z])\)")
ROLE_WORDS_IN_BRACKETS = frozenset("volunteer vol senco sendco lsa ehco".split())
# A first name, then an age: "i also have hope who is 10", "Will who's 6" (a word a name is too)
NAME_WHO_IS_AGE = re.compile(r"(?<![\w'’-])(?P<name>[A-Za-z][a-z]{2,14})[ \t]+(?:who[ \t]+is|who['’]s|whos)[ \t]+"
                             r"(?:now[ \t]+|only[ \t]+|just[ \t]+)?(?:[1-9]|1\d|2[0-5]|one|two|three|four|five|six|seven|"
                             r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                             r"(?![\w.,:/]*\d)(?![ \t]*(?:%|per\b|hours?\b|hrs\b|minutes?\b|mins\b|weeks?\b|days?\b|"
                             r"months?\b|years?\b|yrs\b|miles?\b|pounds?\b|kg\b|points?\b|percent\b|out[ \t]+of\b))")
# (never a word after its article or a fond word: "a guy who is 19", "my little princess who is 6")
NOT_A_NAME_BEFORE_AGE = re.compile(r"\b(?i:a|an|the|this|that|my|his|her|their|our|your|little|big|young|old|baby|wee|new|"
                                   r"lovely|gorgeous|beautiful|cheeky)[ \t]+$")
# A family name of "o'" in lower case: "tyler-jay o'driscoll" (never "o'clock")
LOWER_O_SURNAME = re.compile(r"(?<![\w'’-])o['’](?!clock|levels?\b)[a-z]{3,}(?:-[a-z]{3,})?(?![\w'’-])")
# Capitals spelled one by one a few lines after the word that asks for them: "could you spell the
# surname ... yes W I S N I E W S K A"
SPELLED_CAPS = re.compile(r"(?<![\w'’-])(?P<caps>[A-Z](?: [A-Z]){3,14})(?![\w'’-])")
SPELL_ASKED = re.compile(r"(?i)\b(?:spell|spelt|spelled|surname|first[ \t]+name|last[ \t]+name)\b")
# A short form, then the name it is short for in brackets: "New - Jay (Jayden) 2 suspensions",
# "Lou (Louise) rang"
SHORT_THEN_FULL = re.compile(r"(?<![\w'’-])(?P<short>[A-Z][a-z]{1,5})[ \t]+\((?P<full>[A-Z][a-z]{3,})\)")
# A name that is also a verb, doing what only a person does: "Will has been excluded", "Will is 14"
# ("Will you", "Mark the date" are the verbs; a verb cannot be followed by these)
# (its negatives as a hurried note writes them too: "Will cant manage the bus")
VERB_NAME_ACTING = re.compile(r"(?<![\w'’-])(?P<name>Will|Mark|Rob|Sue|Drew)(?=[ \t]+(?:has|had|is|was|isn['’]t|wasn['’]t|"
                              r"hasn['’]t|says|said|wants|wanted|likes|loves|needs|went|goes|gets|got|came|comes|rang|"
                              r"does|did|doesn['’]?t|didn['’]?t|started|starts|won['’]t|can['’]?t|and[ \t]+(?:his|her|I)\b)\b)")
# Any listed first name that is a word too, doing what only a person does: "Summer's been off 40%
# this term", "Summer hasn't got to CAMHS yet", "Hope said she would", "Dawn rang back", "Sky is in
# Year 9" (never "Summer is", "Hope has", which a season or a hope can do; never after a determiner)
WORD_NAME_ACTING = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,})(?=(?:['’]s[ \t]+been[ \t]+(?:off|sent|excluded|suspended|refusing|poorly|"
    r"upset|in[ \t]+hospital)|[ \t]+(?:said|says|told|tells|rang|rings|phoned|texted|emailed|messaged|wants|wanted|"
    r"refused|refuses|cried|screamed|hates|hated|asked|hasn['’]t[ \t]+(?:got|been|had|seen|started|slept|eaten)|"
    # (a log's note without its verb's "was": "Summer suspended again - 2 days")
    r"suspended[ \t]+(?:again|for|today|until|till|from)|excluded[ \t]+(?:again|for|today|permanently)|"
    r"isn['’]t[ \t]+(?:going|coming|eating|sleeping|attending)|(?:was|got)[ \t]+(?:sent[ \t]+home|excluded|suspended|"
    r"diagnosed|assessed|born)|is[ \t]+(?:in[ \t]+(?:Y|Year[ \t]|year[ \t]|yr[ \t]?)\d|autistic|non-verbal)|"
    r"(?:still[ \t]+)?won['’]t[ \t]+go|"
    # (a worker's day in a log: "Jan on phones mon/thu/fri", "Jan off next mon", "Jan off sick")
    r"on[ \t]+(?:phones|duty|leave|the[ \t]+phones)|off[ \t]+(?:sick|next|today|tomorrow|tmrw|until|till|til)|"
    # (a volunteer's first day: "Precious starts on the advice line Mon 17th")
    r"(?:starts|started|starting)[ \t]+(?:on[ \t]+the|with[ \t]+us|shadowing)|joins[ \t]+(?:us|the[ \t]+team)|"
    # (a child's days in a log: "Mason still half days", "Grace still not attending", "Will back at school")
    r"still[ \t]+(?:on[ \t]+(?:half|part|reduced)|half[ \t]+days|not[ \t]+(?:in|attending|going|eating|sleeping)|"
    r"out[ \t]+of[ \t]+school|off[ \t]+school|refusing|being[ \t]+sent)|back[ \t]+(?:at|in)[ \t]+school))\b)")
# a name thanked in lower case as a call or a message ends: "thanks dean bye", "thanks mark you've been
# dead helpful", "cheers kelly x" (never an endearment or a word: "thanks love", "thanks again")
THANKED_NAME = re.compile(r"(?m)(?:\bthanks|\bthank[ \t]+you|\bcheers|\bta)[ \t,]+(?P<name>[a-z]{3,})"
                          r"(?=[ \t]*(?:bye\b|x{1,3}\b|[,.!]|$|you['’]?ve\b|you[ \t]+(?:so|for)\b))")
NOT_THANKED = frozenset("love pet hun babe mate all everyone again both guys lads girls team so very much lot bye "
                        "sir madam doll duck chuck hen darling honey angel star lovely pal sunny sweetie sweetheart "
                        "flower petal chick queen king boss bro sis gorgeous beautiful treasure hero legend champ".split())
MONTH_LISTED_BEFORE = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]*"
                                 r"(?:and|&|or|,|-|–|to)[ \t]*$")
DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|this|that|my|his|her|their|our|your|its|no|every|each|some)[ \t]+$")
# A couple named together: "Cath & Pete Lowther", "Graham and Sue Laughton": the first is a person too
COUPLE = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)[ \t]+(?:&|and)[ \t]+(?P<second>[A-Z][a-z]+)[ \t]+"
                    r"(?P<last>[A-Z][a-z][\w'’-]+)(?![\w'’-])")
# A month or season that is a name, owning what only a child has: "Summer's Y9 review", "May's EHCP"
CALENDAR_OWNER = re.compile(r"\b(?P<name>Summer|May|June|April|August|Autumn|Winter|Spring)['’]s[ \t]+"
                            r"(?=(?:Y\d{1,2}|Year[ \t]\d{1,2}|EHCP|EHC|mum|dad|mam|nan|gran|TA|teacher|SENCO|"
                            r"diagnosis|placement|transition|school|nursery|college|views|profile|one-page|"
                            r"behaviour|attendance|speech|needs|plan|dad['’]s|brother|sister|"
                            # ... or what only a person gives or has: "without April's consent"
                            r"consent|permission|agreement|wishes|feelings|phone|mobile|number|email|e-mail|"
                            r"partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|kids|children|baby)\b)")
COMPASS = frozenset("north south east west central".split())
# A relation just before a bracket: "mum (Bubbles)", "his nan (carol)"
KIN_BEFORE_BRACKET = re.compile(r"\b(?i:mum|mam|mom|mummy|dad|daddy|mother|father|nan|nana|nanna|nanny|gran|granny|"
                                r"grandma|grandad|grandpa|grandmother|grandfather|sister|brother|sibling|stepdad|"
                                r"stepmum|carer|aunt|auntie|aunty|uncle|cousin|baby|son|daughter|partner|friend|"
                                r"boyfriend|girlfriend|husband|wife)[ \t]*\($")
# An initial standing for a relation: "He lives with Mum (M) and his sister"
RELATION_INITIAL = re.compile(r"\b(?i:mum|dad|mam|mother|father|nan|nana|gran|grandma|grandad|grandmother|"
                              r"grandfather|sister|brother|stepdad|stepmum|carer|aunt|auntie|uncle)[ \t]*\((?P<code>[A-Z])\)")
# Two people of one surname: "Mei Ling Chen and Jun Chen", "Paul Hope and May Hope": the second's
# first name is a name even where it is a month or a word
SAME_SURNAME = re.compile(r"(?<![\w'’-])(?P<before>[A-Z][a-z]+)[ \t]+(?P<last>[A-Z][a-z][\w'’-]+)[ \t]+(?:&|and)[ \t]+"
                          r"(?P<first>[A-Z][a-z]+)[ \t]+(?P=last)(?![\w'’-])")
# A month name that is a name after "our" or "my", as a family writes of one of its own: "when our
# June could not cope", "the day our June passed away"
OUR_MONTH_NAME = re.compile(r"\b(?:our|my)[ \t]+(?P<name>April|May|June|August)\b(?![ \t]*(?:\d|,[ \t]*\d|"
                            r"(?i:half|term|holidays?|hols|appointment|meeting|review|deadline|visit|birthday|"
                            r"payment|pay|wages|bills?|exams?|results?|date|start|trip|break)\b))")
# A message signed off in lower case after a double dash, at its line's end: "-- co"
LOWER_DASH_SIGN_OFF = re.compile(r"(?m)(?<=--[ \t])(?P<code>[a-z]{2,3})[ \t]*$")
INITIALS_BEFORE_YEAR = re.compile(rf"(?:^|[|(:\t]|^[ \t]*[-*•][ \t]|\b(?i:re|for|about|pupil|child|student)"
                                  # (after a son or daughter, her letters even where they are a role's: "son TA (yr 4")
                                  rf"|\b(?P<kin>(?i:son|daughter|grandson|granddaughter|stepson|stepdaughter|ds|dd)))[ \t]{{0,3}}[\"“'‘]?"
                                  rf"(?P<code>{INITIAL_CODE}|[A-Z]\.[ ]?[A-Z](?:\.[ ]?[A-Z])?\.?)[\"”'’]?,?[ \t]+(?:\(?(?:Y|Yr|Year|(?(kin)(?:yr|year)|(?!)))[ \t]?\d{{1,2}}\b"
                                  # (... or his age in brackets: "re son PM (9)")
                                  rf"|(?(kin)\((?:aged?[ \t]?)?\d{{1,2}}\)|(?!)))",
                                  re.MULTILINE)
# An e-mail header's display name in quotes: 'Cc: "Pickering, Joanne" <j.pickering@...>'
DISPLAY_NAME = re.compile(r"(?:^|(?<=[;,])[ \t]*)[ \t]*(?P<name>[^<>;,\"“”()\s][^<>;,\"“”()\n]{0,38}?)[ \t]*<[^<>\s]+@[^<>\s]+>")
GENERIC_DISPLAY = frozenset("info office admin enquiries team service services council school college academy "
                            "nursery trust department unit reception noreply no reply support".split())
QUOTED_DISPLAY_NAME = re.compile(r"[\"“](?P<name>[A-Z][\w'’-]+(?:,?[ \t][A-Z][\w'’.-]*){1,3})[\"”][ \t]*<[^<>\s]+@[^<>\s]+>")
# A surname said or spelled out on a call: "Surname is WOOD", "her surname's Kaur"
SURNAME_SAID = re.compile(r"\b(?i:surname|last name|family name)(?:[ \t]+is|['’]s|[ \t]*:)[ \t]+"
                          r"(?P<name>[A-Za-z][\w'’-]+)")
# A first name with the same person's title and surname in brackets: "june (Mrs Pashley) was lovely"
FIRST_THEN_TITLED = re.compile(r"(?<![\w'’-])(?P<first>[A-Za-z][a-z]{2,})[ \t]+\((?:Mrs|Mr|Miss|Ms|Mx|Dr)\.?[ \t]+"
                               r"[A-Z][\w'’-]+\)")
# A table header's words, never a name in the cell after a label ("Name<tab>Surname")
HEADER_WORDS = frozenset("role organisation organization title position relationship agency designation class "
                         "signed surname forename date dob school setting contact phone email address".split())
# School subjects by their letters, never a child's initials before a year group ("PE Y4")
SUBJECTS = frozenset("PE RE MFL ICT RSE PSHE DT IT ART RS PSE SRE CDT".split())
# A nickname in quotes between a first name and a surname: "Shelley 'Shell' Armitage"
NICKNAME_BETWEEN = re.compile(r"\b(?P<first>[A-Z][a-z]+)[ \t]+[\"“‘'](?P<nick>[A-Z][a-z]{1,14})[\"”’'][ \t]+[A-Z][a-z]")
# ... or after a first name alone, its short form in quotes: "Hamza 'Hamz' very anxious", "Alexander
# "Alex" said"
SHORT_FORM_QUOTED = re.compile(r"\b(?P<first>[A-Z][a-z]{2,})[ \t]+[\"“‘'](?P<nick>[A-Z][a-z]{1,14})[\"”’'](?![\w'’])")
RECORD_KEEPING = frozenset("typed minuted authored entered logged redacted note notes minutes scanned transcribed".split())
# Where a sentence or a note's line opens, and the words that never follow a name opening one
SENTENCE_OPENS = re.compile(r"(?:^|\n[ \t>*•-]*|[.!?][ \t]+)$")
# a school's church before its kind: "St Oswin's RC primary", "CE (VA) Primary"
DENOMINATION = re.compile(r"RC|R\.C\.|CE|C\.E\.|CofE|VA|VC")
SCHOOL_KIND_AFTER = re.compile(r"[ \t]*(?:\((?:VA|VC|A)\)[ \t]*)?(?i:primary|junior|infant|first|middle|high|secondary|"
                               r"school|academy|college|nursery|church|voluntary|federation|and|&|"
                               r"\((?!(?:Yr|Y|Year)[ \t]?\d|\d{1,2}\b|(?i:mum|mam|dad)\b))")
# a setting's kind after a place word: the place names the setting, no one's surname ("Arden Croft School")
SETTING_KIND_AFTER = re.compile(r"[ \t]+(?:School|Academy|Primary|Nursery|College|Infants?|Juniors?|High|Secondary|Pre-?[Ss]chool)\b")
# the endings of a word's kind, no name's: "referral", "assessment", "provision"
NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ral|ing|ed|ist|ism|ful|less|able|ible|ive|ous|ary|ery|ogy|ics)$")
BODY_LETTERS = re.compile(r"[A-Z]{2,5}FT|[A-Z]{1,4}(?:CCG|ICB|MBC|UHB|NHST)")
FACILITY_AFTER = re.compile(r" +(?:Centre|Center|Clinic|Hospital|Unit|Ward|Building|Institute|Suite|Library)\b"
                            r"(?![ \t]+(?:[A-Z]|appointment|manager|leader|lead|staff|team|nurse|worker))")
SAID_ADDRESS_WORD = re.compile(r"(?:dot|at|underscore)[ \t]+(?=[a-z][a-z0-9]*[ \t]+(?:at|dot)\b)")
COMPASS_WORDS = frozenset("north south east west central mid upper lower greater inner outer".split())
WORD_NOT_AFTER_A_NAME = re.compile(r"[ \t]+(the|he|she|they|it|i|we|you|that|this|his|her|their|one|a|an|no|not|"
                                   r"me|him|them|us)\b", re.IGNORECASE)
# ... a subject after it only after a word that asks ("Will you", "May we"): "Mark we need the
# consent", "Frank I will ring" speak to someone
SUBJECT_PRONOUNS = frozenset("he she they it i we you".split())
MODAL_NAMES = frozenset("will may can shall must did does said says asked told".split())  # (and "Said he has")
# A name in its own script beside its letters in ours, as a family writes it: "小辰 (Xiao Chen)",
# "Yusuf (يوسف)", "Оля (Olya)" (Chinese, Japanese kana, Korean, Arabic, Cyrillic, Greek, Hebrew and the
# scripts of South Asia); its letters a listed name, no kept word (never "Urdu (اردو)", "Eid (عيد)")
_OTHER_SCRIPT = ("\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff"
                 "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af")
NAME_IN_ITS_SCRIPT = re.compile(
    rf"(?P<name>[{_OTHER_SCRIPT}]+(?:[ ][{_OTHER_SCRIPT}]+){{0,2}})[ \t]*\((?P<roman>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){{0,2}})\)"
    rf"|(?<![\w'’-])(?P<roman2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})[ \t]*\((?P<name2>[{_OTHER_SCRIPT}]+(?:[ ][{_OTHER_SCRIPT}]+){{0,2}})\)")
# An e-mail signed with its writer's initial on a line of its own, her full name and signature below:
# "Can we add Ibrahim to Weds please.\n\nB.\n\nBernadette Okafor-Hughes\nService Lead"
# (or after a dash ending a comment's line, "probably not. - R"; with a signature's "--" between, and
# her pronouns after her name: "Ruth Delahaye (she/her)")
INITIAL_SIGNED_ABOVE_NAME = re.compile(r"(?m)(?:^[ \t>]*|[.!?)][ \t]+[-–—][ \t]*)(?P<letter>[A-Z])\.?[ \t]*\r?\n"
                                       r"(?:[ \t>]*(?:--[ \t]*)?\r?\n){0,3}[ \t>]*"
                                       r"(?P<first>(?P=letter)[a-z]+)(?:[ -][A-Z][a-z'’]+)+(?:[ \t]+\([a-z/]{5,12}\))?[ \t]*\r?$")
# A duty log's shorthand in lower case, no one's name: "wants cb after 4" (call back), "chk interp
# booked", "ltr sent", "mtg tues", "TB wk of 10/3"
LOG_SHORTHAND = frozenset("cb cbk chk ltr mtg wk wks".split())
# What follows a name, never a modal verb: "his uncle will is the only one", "will takes him fishing"
MODAL_NAME_AFTER = re.compile(r"[ \t]+(?:is|was|has|says|said|takes|picks|collects|lives|works|wants|knows)\b")
# A folder of a path named by a surname and an initial: "S:\\Volunteers\\Pengelly_R\\", "/cases/R_Pengelly/"
PATH_NAME = re.compile(r"(?<=[\\/])(?P<name>(?P<surname>[A-Z][a-z]{2,})_[A-Z]|[A-Z]_(?P<surname2>[A-Z][a-z]{2,}))(?=[\\/])")
# Who dictated a letter, by her initials, before its typist's ("Dictated: FAR / typed: sj"), a word perhaps
DICTATED_BY = re.compile(r"\b(?i:dictated|dict\.?)(?:[ \t]+(?i:by))?[ \t]*:?[ \t]*(?P<code>[A-Z]{2,4})[ \t]*/[ \t]*"
                         r"(?i:typed|transcribed|tx)\b")
# A worker by her letters, gone and coming back: "TW when back", "(KP once back)"
LETTERS_WHEN_BACK = re.compile(r"(?<![\w'’-])(?P<code>[A-Z]{2,3})[ \t]+(?i:when|once|till|until)[ \t]+(?i:back|she['’]?s[ \t]+back|"
                               r"he['’]?s[ \t]+back|returns?|in[ \t]+(?:on|next))\b")
# A letter's reference of initials, the writer's in capitals and the typist's in lower case: "Our ref: AS/kt"
REF_INITIALS = re.compile(r"\b(?i:our|your|my)[ \t]+(?i:ref(?:erence)?)\.?[ \t]*:?[ \t]*(?P<code>[A-Z]{2,3}/[a-z]{2,3})(?![\w/])")
# Someone named as what she is called: "a lady called Jan", "some man named Bill Carr" (a month too)
PERSON_CALLED = re.compile(r"\b(?i:lady|woman|man|bloke|girl|boy|lad|teacher|worker|nurse|doctor|officer|person|"
                           r"someone|somebody|friend|guy|fella|chap|kid|child|receptionist|caseworker)[ \t]+"
                           r"(?i:called|named)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w'’-])")
# A message that opens with who writes it: "Devinder here, Arjun's dad", "Hi all, Kaz here."
NAME_HERE = re.compile(r"(?m)(?:^|:[ \t]+|[.!?,][ \t]+)(?P<name>[A-Z][a-z]+)[ \t]+here\b[ \t]*[,.!–-]")
# The word that makes the capitalised words before it a body's name: "... Psychology Service"
# ... unless a post in it follows: "Hope Team Leader" is whoever leads it
POST_AFTER_BODY = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+(?:Leader|Manager|Lead|Coordinator|Co-ordinator)\b")
BODY_AFTER = re.compile(r"[ \t]+(?:Service|Services|Team|Trust|Council|Partnership|Hub|Project|Forum|Network|Board|"
                        r"Department|Directorate|Consortium|Federation|Alliance)\b")
# Letters spelled one by one just before a point ("T H O R N" before "N. Jade")
SPELLED_BEFORE = re.compile(r"(?<![\w'’])(?:[A-Za-z][ \t]?-[ \t]?|[A-Za-z][ \t]){2,}$")
# Who did something to a document or a task, in initials: "reviewed by JB / SA", "agreed by TW & KN".
# (never a team, a meeting or a post by its letters: "approved by SMT", "Reviewed by MDT")
TEAM_LETTERS = frozenset("SMT SLT MDT DHT AHT CSW PSW EHA ICT CAF TAC TAF CIN CLA CME EHC LAC SEN HOS HOY "
                         "IRO ISO SPA GB FGM CSC CYP".split())
BY_INITIALS = re.compile(
    r"\b(?P<verb>(?i:reviewed|written|checked|anonymi[sz]ed|prepared|completed|signed|approved|typed|"
    r"minuted|authored|actioned|updated|entered|logged|taken|redacted|note|notes|minutes|sent|booked|"
    r"arranged|chased|done|scanned|transcribed)(?:[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?)[ \t]+by[ \t]+"
    rf"(?P<list>{INITIAL_CODE}(?:[ \t]*(?:/|&|,|and)[ \t]*{INITIAL_CODE})*)(?![\w])"
    # (a service's letters before its office: "scanned by WSI admin")
    r"(?![ \t]+(?i:admin|administration|team|office|service|services|staff|panel|hub|unit)\b)")
# A letter and a kiss signing a message: "Good luck!! You'll be great. H x" (a quoted one's closing
# quote after it: '... is Weds 11th June.  D x"')
LETTER_KISS = re.compile(r"(?m)(?:(?<=[.!?][ \t])|(?<=[.!?]  )|^[ \t]*)(?P<code>[B-HJ-Z])[ \t]+x{1,3}[ \t]*[\"”']?[ \t]*$")
# Dotted initials signing a note's paragraph, after its last sentence: "... the same at home. S.W."
# Initials written with their stops, anywhere in running text: "twins (A.W. & M.W.)", 'e.g. "R.L.M."'
# (an abbreviation with stops is read by its letters: "U.K.", "P.E.", "D.O.B." stay)
# (never a citation's code between a volume and a section: "48 C.F.R. 2.101", "42 U.S.C. 1983")
DOTTED_INITIALS = re.compile(r"(?<![\w.&/-])(?<!\d[ \t])(?<!\d\n)(?P<code>[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?![\w.]|[ \t]?[A-Z]\.|\s*\d)")
SIGNED_DOTTED = re.compile(r"(?m)(?:(?<=[a-z0-9)][.!?][ \t])|(?<=[a-z0-9)][.!?]  ))(?P<code>[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?=[ \t]*$)")
# A contact line's abbreviations NER glues onto the name before them ("Mrs Lorraine Dyson  ext 4471").
CONTACT_ABBREVIATIONS = frozenset("ext extn tel mob fax dd ph email e-mail".split())
# A name just before a bracket: "Approved: P. Ackroyd (" (titles left out of the name)
BRACKET_AFTER_NAME = re.compile(r"(?<![\w.'’-])(?P<name>(?:[A-Z][\w'’-]*\.?[ \t]+){0,2}(?P<last>[A-Z][\w'’-]+))[ \t]*\($")
# Role abbreviations that stand where initials do ("agreed by LA", "checked by HT").
# An entry signed off with its writer's initials at the end of its last sentence (". KAM",
# "ages. G", "- W.", "– S.R.") or after thanks ("thanks T. write it up").
SIGNED_INITIALS = re.compile(
    rf"(?m)(?:(?<=[.!?)] )|(?<=[.!?)]  ))(?P<initials>{INITIAL_CODE}|[A-Z])\.?[ \t]*$"
    rf"|(?<= [-–—] )(?P<initials3>{INITIAL_CODE}(?=[\"”\])]?[ \t]*$)|(?:{INITIAL_CODE}|[A-Z]|[A-Z]\.[A-Z])(?=\.[ \t]*$))"
    rf"|(?i:\b(?:thanks|thank you|cheers|ta|love|from|note by|noted by))[ \t]+(?P<initials2>(?-i:[A-Z]))\.(?=[ \t])"
    # ... or alone on the note's last line, after its last sentence ("... into anything.\n\nKM"), where
    # the text ends or a quoted or forwarded message begins
    rf"|(?:(?<=[.!?)\"”]\n)|(?<=[.!?)\"”]\n\n)|(?<=[.!?)\"”] \n\n))(?P<initials4>{INITIAL_CODE})\.?[ \t]*"
    r"(?=\s*\Z|\n[ \t]*\n[ \t]*(?:-{2,}|={3,}|_{3,}|>|(?i:from|sent|on)\b))")
# Staff listed by initials: "with input from LB, TM, KAM and SK".
INITIALS_LIST = re.compile(rf"(?i:\b(?:from|by|with|cc|present|attendees|team|officers?|staff|initials)\b:?)[ \t]+"
                           rf"(?<![\w/]){INITIAL_CODE}(?:,[ \t]*{INITIAL_CODE})+,?[ \t]+(?:and|&)[ \t]+{INITIAL_CODE}(?![\w/])")
# Initials doing what a person does ("RD acknowledged this", "RD to write to April", "IS will
# call", "A.T. will send"), and an action list's owner ("1. RD - email April Dunn").
ACTING_INITIALS = re.compile(
    r"(?<![\w/&.-])(?P<code>[A-Z]{2,3}|(?:[A-Z]\.){2,3}|[A-Z]{1,2}-[A-Z]{1,2})(?=[ \t]+(?:said|suggested|confirmed|asked|acknowledged|agreed|explained|"
    r"advised|noted|reported|requested|queried|raised|summarised|rang|emailed|called|visited|attended|"
    r"escalated|referred|signposted|contacted|chased|texted|drafted|forwarded|calling|ringing|"
    r"speaks|spoke|phoned|met|wrote|offered|helped|posted|"
    r"will[ \t]+(?:ask|call|ring|email|write|send|check|chase|contact|follow|speak|arrange|book|update|attend)|"
    r"to[ \t]+(?:write|email|ring|call|chase|send|check|ask|contact|follow|speak|arrange|book|update|"
    r"introduce|attend|draft|complete|review)|thinks|thought|feels|felt|wants|would[ \t]+like)\b"
    r"(?![ \t]+by\b)"  # ("Emergency AR requested by mum": done to it, the annual review, by someone)
    # ... or owning a call back a log asks for: "GA - call back, prefers calls"
    r"|[ \t]+[-–][ \t]+(?:call|ring|phone)[ \t]*back\b)")
ACTION_INITIALS = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?:\*\*|__)?(?P<code>[A-Z]{2,3}|(?:[A-Z]\.){2,3})"
                             r"(?:\*\*|__)?[ \t]+[-–:][ \t]+(?=[a-z])")  # ("- **T.A. – tribunal** SE123/...")
# A family known by initials beside its case reference, as a tracker lists them: "- **ZA**
# (RSS/24/0871) - Y4", "**TJC** (Doncaster, DNC-IAS-1276)", "DNC-IAS-1190 (KBW)"
_BRACKETED_REF = r"(?:[A-Z][a-z]+,[ \t]*)?(?-i:[A-Z]{2,8})(?:[-/][A-Z0-9]{1,8}){1,4}"
INITIALS_BY_REF = re.compile(
    rf"(?m)(?P<item>^[ \t]*(?:[-*•+]|\d{{1,2}}[.)])[ \t]+)?(?:\*\*|__)?(?<![\w.&/-])(?P<code>{INITIAL_CODE})(?:\*\*|__)?"
    rf"[ \t]*\((?={_BRACKETED_REF}[ \t]*[),;])"
    rf"|(?<![\w/-])(?-i:[A-Z]{{2,8}})(?:[-/][A-Z0-9]{{1,8}}){{1,4}}[ \t]*\((?P<code2>{INITIAL_CODE})\)")
# ... or a child's initials spaced or hyphenated beside a case's reference: "**SIAS/24/03817** – A-J M,
# Year 5", "SIAS/25/00047 – G S S – tribunal", "(e.g. C O, SIAS/24/04255)"
_CASE_REF_SHAPE = r"(?-i:[A-Z]{2,8})(?:[-/][A-Z0-9]{1,8}){1,4}"
_SPACED_INITIALS = r"(?:[A-Z](?:-[A-Z])?(?:[ \t][A-Z]){1,2}|(?:[A-Z]\.){2,3})"  # (or dotted: "NSI-25-0388 - O.N., Year 9")
SPACED_INITIALS_BY_REF = re.compile(
    rf"(?<![\w/-]){_CASE_REF_SHAPE}(?:\*\*|__)?[ \t]*[–—:-][ \t]*(?P<code>{_SPACED_INITIALS})(?=[ \t]*[,–—(-])"
    rf"|(?<![\w.&/-])(?P<code2>{_SPACED_INITIALS}),[ \t]*{_CASE_REF_SHAPE}(?![\w/-])")
# ... or beside a bracket that gives the child's year group: "**AR** (Aleeza, Y1)", "JD & RD (the twins, Y4)"
INITIALS_BY_YEAR = re.compile(rf"(?<![\w.&/-])(?P<code>{INITIAL_CODE}(?:-[A-Z]{{1,2}})?)"
                              rf"(?:[ \t]*(?:&|and)[ \t]*(?P<code2>{INITIAL_CODE}(?:-[A-Z]{{1,2}})?))?"
                              r"(?:\*\*|__|\*|_)?[ \t]*\((?=[^()\n]{0,40}"
                              r"\b(?:Y|Yr|Year)[ \t]?\d{1,2}\b[^()\n]{0,40}\))")
# A date's word before a month: "in June", "by 3 May", "end of April" (the linker's MONTH_WORD_BEFORE
# is its lower-case twin, with its own words)
MONTH_WORD_BEFORE = re.compile(r"(?:\b(?i:in|on|by|since|until|till|from|during|early|late|mid|end|start|of|"
                               r"before|after|last|next|this|every|each|to)|\d(?:st|nd|rd|th)?)[ \t-]+$")
# What starts a case's heading or list item: "### 1.2 ", "- *", "DSS-2025-0140 – "
HEADING_BEFORE = re.compile(r"(?:^[ \t]*(?:#{1,6}[ \t]+)?(?:\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+)?(?:[-*•+][ \t]+)?"
                            r"|[A-Z]{2,8}(?:[-/][A-Z0-9]{1,8}){1,4}[ \t]*[–—:-][ \t]*)(?:\*\*|__|\*|_)?$", re.M)
# A listed first name, even one that is a word, with the family's town in brackets, as a report
# lists its cases: "**4. Hope (Wombwell).** Hope cares for her granddaughter"
NAME_WITH_PLACE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)[ \t]*\((?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\)")
# "Dear" or "To" before a title: a form of address ("Dear Mr Manager"), its word no surname
ADDRESSED_BEFORE = re.compile(r"\b(?i:dear|to)[ \t]+\Z")
# A case heading's surname, a dash and the child's first name, in bold: "**Bell - Kayden** (PC)"
BOLD_SURNAME_FIRST = re.compile(r"(?m)^[ \t#>*-]*(?:\*\*|__)(?P<last>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+[-–—][ \t]+"
                                r"(?P<first>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\*\*|__)")
# Initials and, after a dash, the name they spell: "**AM – Ayaan Mistry (SDS-24-0627)**", "TM-B - Tyler
# Marsh-Bennett" (the letters are hers, whatever else they abbreviate)
CODE_DASH_NAME = re.compile(r"(?<![\w'’.&/-])(?P<code>[A-Z]{2,3}(?:-[A-Z]{1,2})?)[ \t]+[–—-][ \t]+"
                            r"(?P<name>[A-Z][a-z'’]+(?:(?:[ \t]+|-)[A-Z][a-z'’]+){1,3})")
# A first name and a surname cut to its particle and letter: "Kieran O'D" (as a team's notes shorten it)
SHORT_O_SURNAME = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)[ \t]+(?P<abbr>O['’][A-Z])\.?(?![\w'’])")
# A typist's initials in lower case after the date a letter was typed: "typed 05/12/2024 (hd)"
TYPIST_INITIALS = re.compile(r"\b(?i:typed|dictated|transcribed)\b[^\n()]{0,30}\((?P<code>[a-z]{2,3})\)")
# A child's initials with an age in brackets: "M.A. (7), Burnley", "JT (aged 9)"
INITIALS_WITH_AGE = re.compile(rf"(?<![\w.&/-])(?P<code>{INITIAL_CODE}|(?:[A-Z]\.){{2,3}})[ \t]*\((?:aged?[ \t]*)?"
                               # (or the age and more: "JH (16, Kingcombe Park School)")
                               r"\d{1,2}(?:[ \t]*(?:yrs?|years?(?:[ \t]+old)?))?(?:\)|,[ \t]*[^()\n]{1,40}\))")
# A case's heading: a child's initials before a bracket of the child's details, the year group or
# the age among them, even letters that are a word or an abbreviation ("### 1.2 AM (Y3, Leagrave)",
# "- *DO* (Y6, Doncaster)", "CV (19, Portland)", "**AR (Aleeza, Y1)**"); never one detail alone
# ("AR (Y11)", "AM (10-12)")
INITIALS_WITH_DETAILS = re.compile(
    r"(?<![\w.&/-])(?P<code>[A-Z]{2,3})(?:\*\*|__|\*|_)?[ \t]*\("
    r"(?=[^()\n]{0,40},[^()\n]{0,40}\))"
    r"(?:\d{1,2},|(?=[^()\n]{0,40}\b(?:Y|Yr|Year)[ \t]?\d{1,2}\b))")
# Initials someone owns: "TL's EHCNA was refused", "JB’s mum" (never a parents' forum's family:
# "DD's school", "DH's work": dear daughter, husband)
FORUM_KIN = frozenset("DD DS DH DW DP DSS DSD".split())  # a parents' forum's dear daughter, son, husband...
POSSESSIVE_INITIALS = re.compile(rf"(?<![\w.&/-])(?!(?:{'|'.join(sorted(FORUM_KIN))})['’])(?P<code>[A-Z]{{2,3}})['’]s\b")
# A family by its surname's letter: "(R family, Thornton)", "the C family" (never "a family")
# (and its stop, or initials joined as a double surname's are: "the L. family", "the O-A tribunal")
FAMILY_LETTER = re.compile(r"(?<![\w.'’&/-])(?P<code>[B-HJ-Z]|[A-Z]{1,2}-[A-Z]{1,2})\.?[ \t]+(?:family|tribunal|hearing)\b")
# A family by its surname: "Ward fam.", "the Ward family" (a listed surname, even one that is a
# word; never the kind of family it is: "foster family", "Traveller family", "Host family")
# (or its children together: "Marsh twins - transport", "the Okafor boys")
# (never a service's: "the Sale Moor family hub", "Moor family centre")
FAMILY_SURNAME = re.compile(r"(?<![\w.'’&/-])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?P<kind>fam\.|family(?![ \t]+(?i:hubs?|"
                            r"centres?|centers?|services?|liaison)\b)|household|twins|"
                            r"triplets|siblings|boys|girls|children|kids)(?![\w'’-])")
FAMILY_CHILDREN_WORDS = frozenset("siblings boys girls children kids".split())
FAMILY_KINDS = frozenset("""foster birth host whole extended step adoptive adopted blended nuclear wider royal
traveller travellers gypsy romany roma irish young large big single same other new old good poor working military
english polish british care kinship immediate close maternal paternal our my your his her their the this that every
each any one no lone loving supportive local muslim christian jewish hindu sikh catholic asian black white
brown little small older younger elder eldest youngest
mixed nice lovely whole_""".split())
# ... never a lettered thing's letter: "Plan B family support", "Option C family time"
LETTER_NAMED = re.compile(r"(?i:\b(?:plan|option|section|part|appendix|step|stage|category|grade|level|table|tier|"
                          r"phase|model|scenario))[ \t]+$")
# A name with its own initials in brackets after it, as attendees are listed: "Des Holtby (DH,
# volunteer)", "Bev Cammish (BC)" (a place's name or an organisation's, whatever NER or a list says)
# (letters of any Latin alphabet: "Aga Wróbel (AW)")
_NAME_WORD = r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0100-\u017F'’]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0100-\u017F'’]+)?"
NAME_THEN_ITS_INITIALS = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]*"
                                    rf"\((?P<code>[A-Z]{{2,4}})(?=[,;)])")
# Initials before a role in brackets: "BC (SENDIASS manager) to confirm", "KT (mum)"
# a service's own roles by their letters: independent supporter, Service Lead, duty officer
STAFF_ROLE_LETTERS = frozenset("IS SL DO".split())
ROLE_LETTERS = ROLE_INITIALS | STAFF_ROLE_LETTERS
INITIALS_BEFORE_ROLE = re.compile(rf"(?<![\w.&/-])(?P<code>{INITIAL_CODE})[ \t]?\((?P<role>[^()\n]{{2,40}})\)")
def _no_ones_letters(text: str, start: int, end: int) -> bool:
    """Letters that stand for a body or a field's value where they are, whichever rule took them:
    "Barnsley MBC", "(SWE reg. ...)", "Mother (PR)" (parental responsibility), "Gender ..... F"."""
    code = text[start:end]
    if code in BODIES:
        return True
    if code in COUNCILS and PLACE_BEFORE.search(text, max(0, start - 30), start):
        return True
    if COUNCIL_LETTERS.fullmatch(code) and POST_BEFORE.search(text, max(0, start - 40), start):
        return True  # "(SEN Casework Officer, DCC)": a county council's letters after a post
    regulator = REGULATOR_BEFORE_NUMBER.match(text, start)
    if regulator and regulator.end() == end:
        return True
    if code == "PR" and text[start - 1:start] == "(":
        return True
    return end - start == 1 and GENDER_LABEL.search(text, max(0, start - 30), start) is not None


def _name_follows(text: str, end: int) -> bool:
    """Whether a Capitalised word follows ``end`` after one space: a name after the word ("Im Soo-ah")."""
    return re.match(r" [A-Z][a-z]", text[end:end + 3]) is not None


# A form's gender field: "Gender ....... F", "Sex: M" (a letter there is no one's initial)
GENDER_LABEL = re.compile(r"(?i)\b(?:gender|sex)[ \t]*(?:\.{2,}[ \t]*|:[ \t]*|\t[ \t]*)$")
# Which way a message went, in a phone's or a system's export
MESSAGE_DIRECTIONS = frozenset("IN OUT RCV SNT MO MT NEW UPD FWD".split())
# A form's answers in capitals, no one's name beside a relation: "Literacy support?  YES - mum"
FORM_ANSWERS = frozenset("YES NO NONE NIL TBC TBA DONE SENT UNKNOWN MAYBE".split())
# A service a worker's initials stand before in brackets, as a role does: "GF (SENDIASS) raised this"
SERVICES = frozenset("SENDIASS SENDIAS IASS IAS CAMHS EPS SALT SLT SaLT OT CSC MASH".split())
# A rank or an office, not anyone's initials, before a role: "PC (police officer)", "MP (Labour)"
RANKS = frozenset("PC DC DS DI MP QC KC RN NQ".split())
# A council, a health body or a regulator by its letters, no one's initials: "Barnsley MBC (LA
# presenting officer: ...)", "Social Worker (SWE reg. ...)"
BODIES = frozenset("DfE DWP HMRC".split())
# ... a council's after its town ("Barnsley MBC"), a regulator's before its registration ("SWE reg.")
COUNCILS = frozenset("SCC ICB CCG NHS".split()) | gazetteer.COUNCIL_KIND_LETTERS | gazetteer.AUTHORITY_DEPARTMENTS
PLACE_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}[ \t]$")
SPEAKER_COLON = re.compile(r":[ \t]")
RAG_COLOUR = re.compile(r"(?i:red|amber|green|blue|purple|yellow|orange|grey|gray|white|black|gold|silver)")
KEY_EQUALS = re.compile(r"[ \t]*=[ \t]")
COUNCIL_LETTERS = re.compile(r"[A-Z]{1,2}CC|[A-Z]MBC")
POST_BEFORE = re.compile(r"\b(?:Officer|Manager|Co-?ordinator|Caseworker|Worker|Team|Service|Lead|Head|Adviser|Advisor),[ \t]*$")
REGULATOR_BEFORE_NUMBER = re.compile(r"(?:SWE|NMC|GMC|HCPC)(?=[ \t]*(?:reg\b|registration|no\b|number|pin\b|#|:))", re.IGNORECASE)
# An authority's service by its letters after its town ("Coventry SEND", "Solihull EPS"), or "LA"
AUTHORITY_LETTERS_AFTER = re.compile(rf"[ \t]+(?:{gazetteer.SERVICE_LETTERS}|LA)\b")
# A teacher's surname after "miss" in lower case, as a parent writes it: "his SENCO is miss hebblethwaite"
# (a surname no dictionary has, after a word that names or speaks to someone: "i miss school", "he'll
# miss bushcraft" are the verb)
LOWER_MISS = re.compile(r"\b(?:is|was|its|it['’]s|called|named|teacher|senco|ta|told|tells|said|says|with|from|by|emailed|"
                        r"rang|asked|contacted|class|cc)[ \t]+miss[ \t]+(?P<name>[a-z]{4,}(?:-[a-z]{2,})?)(?![\w'’-])")
# A teacher by her title and letter in lower case, as a parent writes her: "the TA he liked miss k left",
# "miss b his form tutor", "swearing at miss b (miss brannigan ...)" (never "miss a lesson", "i miss u")
LOWER_TITLE_LETTER = re.compile(r"(?<![\w'’-])(?:miss|mrs|ms|mr|sir)[ \t]+(?P<letter>[b-hj-twyz])(?!\.[a-z]|,[ \t]*[a-z](?![a-z]))"
                                r"(?=[ \t]*\(|[ \t]*[,.;!?)]|[ \t]*\r?$|"
                                r"[ \t]+(?:his|her|the|is|was|said|says|left|who|from|at|and|told|rang|has|had|for)\b)", re.M)
# ... or her title as a transcript hears "Mrs": "but misses pollard said" (never "he misses school")
MISSES_NAME = re.compile(r"(?<![\w'’-])misses[ \t]+(?P<name>[a-z][a-z'’-]{2,})(?![\w'’-])")
# A child by her first name and her surname's letter in lower case: "one lad tyler b who keeps filming him"
LOWER_FIRST_LETTER = re.compile(r"(?<![\w'’-])(?P<first>[a-z]{3,})[ \t]+(?P<letter>[b-hj-wyz])(?=[ \t]+(?:who|and|is|was|has|keeps|said)\b|[ \t]*[,.;!?)])")
# A child in lower case after her kinship, her age in brackets: "a little sister rose (5)"
LOWER_KIN_WITH_AGE = re.compile(r"\b(?:sister|brother|son|daughter|cousin|twin|sibling)[ \t]+(?P<name>[a-z]{3,}(?:-[a-z]{2,})?)"
                                r"[ \t]*\((?:aged?[ \t]*)?\d{1,2}\)")
# An initial and a Mc surname cut short, as a note writes a family it names often: "letter re J McD"
INITIAL_AND_MC = re.compile(r"(?<![\w'’.-])[A-Z]\.?[ \t]+Mc[A-Z][a-z]?(?=['’]s\b|(?![\w'’-]))")
# A surname written first, then a given name that is a month's short form: "Chen Jun", "Li Jun"
SURNAME_THEN_MONTH_NAME = re.compile(r"(?<![\w'’-])(?P<surname>[A-Z][a-z]+)[ \t]+(?:Jun|Jan)(?![\w'’-]|[ \t]*[\d'’]|[ \t]+(?:19|20)\d\d)")
# An independent supporter by her role's letters, as a SENDIASS writes them ("Referred to IS (PB)",
# "Will Hetherington (IS)"): a word too ("is"), so only in capitals and beside a bracket
SUPPORTER_LETTERS = "IS"
# A role, then whoever holds it by her letters in brackets: "Referred to IS (PB)", "the EP (AK)"
ROLE_BEFORE_INITIALS = re.compile(r"(?<![\w'’-])(?P<role>[A-Z]{2,5}|[A-Z][a-z]+(?:[ \t][A-Z]?[a-z]+)?)[ \t]*\((?P<code>[A-Z]{2,3})\)")
# A letter's typist after its typing date: "Typed 03/01/2025 (AP)"
TYPED_INITIALS = re.compile(rf"\b(?i:typed|dictated|transcribed)\b[^\n()]{{0,30}}\((?P<code>{INITIAL_CODE})\)")
# A name with the child's age in brackets after it: "Ruby (she's 8, also at GMA)", "Will (aged 6)"
NAME_WITH_AGE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*\((?:"
                           r"(?:(?:she|he|they)['’]?s|(?:she|he)[ \t]+is|aged?|age:?)[ \t]*\d{1,2}\b"
                           # ... or a kinship and an age, or an age in years: "Faith (his sister, 9)", "(7 yrs)"
                           r"|(?:(?:his|her|their|my|our)[ \t]+)?"
                           r"(?:(?:little|baby|big|older|younger|elder|eldest|youngest|twin|half|step)[ \t-]*)?"
                           r"(?i:sister|brother|sibling|son|daughter|cousin|twin|niece|nephew)[ \t]*,?[ \t]*(?:aged?[ \t]*)?\d{1,2}\b"
                           r"|\d{1,2}[ \t]*(?i:years?|yrs?|yo|y/o)\b)")
# ... and only a listed first name before a bare age or a year group: "Rose (12)", "Summer (Year 4)"
# (never "Section (9)", "PE (Year 5)")
NAME_WITH_YEAR = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*"
                            r"\((?:\d{1,2}|(?:Y|Yr|Year)[ \t]?\d{1,2}|Reception|Nursery)(?:[ \t]*[,;)])")
# ... or before it unbracketed, as a log writes a child: "Grace Y4", "Poppy Yr5 - medical needs" (a listed
# first name; never a subject's, "Art Y9")
NAME_BEFORE_YEAR = re.compile(r"(?<![\w'’-])(?!(?:" + "|".join(sorted(w.title() for w in gazetteer.SEASONS)) + r")\b)(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+"
                              r"(?:Y|Yr|Year)[ \t]?\d{1,2}\b(?![/.:-]\d)(?![ \t]+(?:class|classes|teacher|teachers|transition|"
                              r"staffing|group|groups|team|trip|parents|pupils|children|students|assembly|SATs|sats|cohort|"
                              r"meetings?|booked|intake|staff)\b)")
# A name before whose worker or relation it is, in brackets: "will (his 1:1) wasnt there", "dean (my ex,
# alfies dad)", "Gaz (her fella)"
# (never a word after its article or its owner, "a low mark (her teacher ...)", "still hope (her
# consultant ...)", nor before a bracket that names someone else, "(his TA, Mrs Bell, says)")
NAME_BEFORE_WHOSE = re.compile(r"(?<![\w'’-])(?P<name>[A-Za-z][a-z]{2,})[ \t]*\((?:his|her|their|my|our|[A-Za-z][a-z]+['’]?s)"
                               r"[ \t]+(?:new[ \t]+|old[ \t]+)?(?P<role>[A-Za-z0-9][\w:'’ -]{0,24}?)[ \t]*(?:\)|,(?![ \t]*"
                               r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\b|[A-Z][a-z]+[ \t]+[A-Z])))")
WHOSE_ROLES = frozenset(["ex", "fella", "bf", "ex-partner", "ex partner"])
WORD_OWNED_BEFORE = re.compile(r"\b(?i:a|an|the|his|her|their|my|our|your|its|no|any|some|still|lost|of|in|with)[ \t]+\Z")
# Initials defined by the name they stand for: "KBW = Kai Bennett-Wath", "JS - Jamila Sutcliffe"
INITIALS_DEFINED = re.compile(rf"(?<![\w.&/-])(?P<code>{INITIAL_CODE})[ \t]*(?:=|:|[-–][ \t])[ \t]*"
                              r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?P<name>[A-Z][a-z]+(?:[ \t-][A-Z][a-z'’]+){1,3})")
# Someone named by where they work: "Jack from IPSEA rang", "cc'd bev from sendiass", "Rose from
# Rotherham Council" (a first name, even one that is a word, before "from" and a body the allow
# list keeps; never a stop word: "will from")
NAME_FROM_BODY = re.compile(r"(?<![\w'’.-])(?P<name>[A-Za-z][a-z]{2,})[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?"
                            r"(?P<body>[A-Za-z]{3,}(?:[ \t]+(?:Council|council|LA|team|Team))?)(?![\w'’-])")
# What makes the word before "from"/"at" a word: "no hope from camhs", "they will at"
WORD_BEFORE_BODY = re.compile(r"(?:\b(?i:no|any|some|more|less|little|much|the|a|an|of|for|with|without|real|great|"
                              r"false|new|good|i|we|they|you|he|she|it|will|would|can|could|to))[ \t]+$")
# ... or who introduces herself on a call as from such a body, whatever the transcript heard her
# name as: "this is Goes day from Haringey SENDIASS", "it's Kath from IPSEA"
INTRODUCED_FROM_BODY = re.compile(r"\b(?i:this[ \t]+is|it['’]s|my[ \t]+name['’]?s|my[ \t]+name[ \t]+is)[ \t]+"
                                  r"(?P<name>[A-Z][a-z'’-]+(?:[ \t][A-Za-z][a-z'’-]+)?)[ \t]+from[ \t]+(?:the[ \t]+)?"
                                  r"(?P<body>[A-Za-z]{3,})(?![\w'’-])")
# Codes never an entry's signature, even at its end: "... is OK", "NB", "am/pm"
# One person's initials after a word for working with someone ("prep for 15th with NQ", "cc JB").
# (or after whom work is passed to: "forwarded to RK.", "pass to MO")
CUED_INITIALS = re.compile(rf"\b(?i:with|cc|per|ask|asked|tell|told|chase|via|ring|rang|emailed|texted|"
                           rf"(?:forwarded|fwd|fwded|passed|pass|handed|allocated|reallocated|assigned)[ \t]+to)[ \t]+"
                           rf"(?P<code>{INITIAL_CODE})(?![\w/])")
# A case system's log line: date, time, then the user who wrote it.
LOG_USER = re.compile(r"(?m)^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}:\d{2}[ \t]+(?P<user>[a-z][a-z._]{2,}\d{0,3})(?=[ \t]{2,}|\t)")
# A form or header that writes the surname in capitals first: "WROBEL, Oskar".
# (and her second given name: "CHEN, Wei Jie")
# A given name of two syllables joined by a hyphen, the second in lower case, as Korean and Chinese
# names are written in our letters, then a surname in capitals: "Hyun-woo PARK", "Ji-ho KIM"
HYPHENED_GIVEN_CAPS = re.compile(r"(?<![\w'’-])(?P<given>[A-Z][a-z]{1,5}-[a-z]{2,5})[ \t]+(?P<last>[A-Z]{2,12})(?![\w'’-])")
CAPS_SURNAME_FIRST = re.compile(r"(?<![\w'’-])(?P<last>[A-Z][A-Z'’-]{2,}),[ \t]+(?P<first>[A-Z][a-z][\w'’-]*)(?![\w'’-])"
                                r"(?:[ ](?P<second>[A-Z][a-z][\w'’-]*)(?![\w'’-]))?")
# "K-A Marsh": a double-barrelled first name's initials before the surname.
HYPHEN_INITIALS = re.compile(r"(?<![\w.-])[A-Z]\.?-[A-Z]\.?[ \t](?P<last>[A-Z][a-z][\w'’-]+)")
# A chat export's line with a time stamp and only the speaker's name ("23/01/2025 15:50  Dawn Skelby").
STAMPED_NAME = re.compile(r"(?m)^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}\]?[ \t]+(?:-[ \t]+)?"
                          r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})[ \t]*$")
# Square brackets also hold editorial marks: "[NB]", "[TBC]", "[SIC]".
NOT_INITIALS_IN_BRACKETS = frozenset("NB TBC SIC ETC PS OK NA".split())
# What stands before an abbreviation that names a meeting or an event, never a person: "after AR",
# "since the PEP", "at the CP"
EVENT_BEFORE = re.compile(r"(?i)\b(?:after|before|since|following|post|pre|until|till|at[ \t]+the|the)[ \t]+$")
_DAYS = frozenset("MON TUE TUES WED THU THUR THURS FRI SAT SUN AM PM".split())
# Who is called something, before "called": a person ("a lady called", "the social worker is called")
WHO_IS_CALLED = re.compile(r"\b(?:(?:a|an|some|this|that|one)[ \t]+(?:lady|man|woman|guy|bloke|girl|boy|fella|lad|kid|"
                           r"person|worker|teacher|nurse|doctor)|someone|somebody|some1|sum1|"
                           # (a role only as what she is called, never as who phoned: "the senco called sencos")
                           r"(?:lady|man|woman|worker|teacher|officer|nurse|doctor|senco|head|caseworker|therapist|ep|"
                           r"psychologist|paediatrician|sw)(?:['’]s)?[ \t]+(?:is|was|name[ \t]+is))[ \t]+$")
# A title or a relation word, then the word that names the person.
RELATIONS = frozenset("friend freind frend mate colleague bestie fella sister brother daughter son cousin nephew "
                      "niece grandson granddaughter stepson stepdaughter partner boyfriend girlfriend "
                      "husband wife baby youngest eldest oldest twin stepbrother stepsister ex "
                      # (a parent's own child: "my other boy mason is 4", "our lass")
                      "boy girl lad lass".split())
# what a caller says while she thinks, between the words that name someone ("a lady called um dionne")
FILLERS = frozenset("er um erm uh ah".split())
_FILLER = "(?:" + "|".join(sorted(FILLERS)) + ")"
NAME_AFTER = re.compile(rf"(?<![\w'’])(?=(?P<lead>[A-Za-z]+) (?:{_FILLER},? )?(?P<name>[A-Za-z][a-z]+)(?![\w'’-]))")
TITLE_BEFORE_LETTER = re.compile(r"(?i:\b(?:mr|mrs|ms|miss|mx|dr))\.?[ \t]+$")
SURNAME_NEXT = re.compile(r"[ \t]([A-Z][a-z][\w'’-]+)(?![\w'’-])")
# What a person does, right after a lower-case name that is also a word ("nan pat has got").
_VERBS = (r"(?:has|had|is|was|says|said|rang|rung|phoned|came|comes|went|goes|"
          r"told|wants|wanted|thinks|thought|picks|picked|does|did|can't|cant|won't|"
          r"wont|isn't|wasn't|knows|lives|lived|helps|helped|left|leaves|sent|sends|emailed|will|would|"
          r"doesn't|doesnt|didn't|didnt|never)\b")
VERB_AFTER = re.compile(rf"[ \t]+{_VERBS}|[ \t]*[,.)!?]")
# ... or after "and", for a relative's name only ("the wife liberty and said"; never "miss french and is")
KIN_VERB_AFTER = re.compile(rf"[ \t]+(?:and[ \t]+)?{_VERBS}|[ \t]*[,.)!?]|[ \t]+who[ \t]+(?:is|was|has|goes|attends|lives)\b"
                            # (or said of her next: "my grandson mason he's at", "his sister poppy calls him")
                            r"|[ \t]+(?:he|she)(?:['’]?s|[ \t]+is|[ \t]+was)\b|[ \t]+calls[ \t]+(?:him|her|me)\b")
# A name in quotes and brackets after a person's name or her relation: 'Violet Boswell ("Nanny Vi")',
# 'His grandmother ("Po Po") collects him'
QUOTED_NAME_AFTER = re.compile(r"(?:(?P<first>[A-Z][a-z]+)[ \t]+[A-Z][a-z'’-]+|\b(?i:grandmother|grandma|grandad|grandfather|"
                               r"nan|nana|nanna|nanny|gran|granny|great-nan|great-gran|auntie|aunty|aunt|uncle|mum|mam|"
                               r"dad|mother|father|brother|sister|carer|stepdad|stepmum))[ \t]*\([\"“](?P<name>[A-Z][\w'’-]*"
                               r"(?:[ \t][A-Z][\w'’-]*){0,2})[\"”](?:,[^()\n]{0,40})?\)")  # (or 'my dad (“Pops”, Mick Attrill)')
# The label of a name's field, never a name: "Child/YP Forename", "[Surname]"
NAME_FIELD_LABEL = re.compile(r"(?i:forenames?|surnames?|first[ -]?names?|last[ -]?names?|given[ -]?names?)")
# A family's pet by its name, as a child's profile gives it: "My dog is called Biscuit", "the
# dog's name is Bruno" (a neighbour knows the family by it)
PET_NAME = re.compile(r"\b(?P<whose>(?i:my|our|his|her|their|the))[ \t]+(?:(?i:new|old|little|big)[ \t]+)?(?i:dog|puppy|cat|kitten|"
                      r"rabbit|bunny|hamster|guinea[ \t]+pig|pony|horse|tortoise|budgie|parrot|snake|lizard)"
                      r"(?:['’]s[ \t]+name[ \t]+is|[ \t]+is[ \t]+called|[ \t]+called|[ \t]+named|(?P<next>))[ \t]+"
                      r"(?P<name>[A-Z][a-z]{2,})(?![\w'’-])")  # (or its name right after it: "our dog Biscuit")
# What says a code is held, not a person: "parents with PR", "nan has SGO", "but has PR", "without
# PR"; after a bare "with" the code goes on as held ("with PR can attend"): "Seen with CP, TA and
# SENCO" is a worker seen
_HOLDING = r"(?i:with|has|have|had|hold|holds|held|holding|got|shares?|shared|gets?|given|gives)"
HELD_BEFORE = re.compile(r"(?:(?P<holder>\b(?i:no|without)|\b(?i:parents?|mum|mam|mother|dad|father|nan|nana|nanny|gran|grandma|"
                         r"grandad|grandparents?|carers?|aunt|auntie|aunty|uncle|stepdad|stepmum|step-dad|step-mum|family|"
                         r"both|she|he|they|who|we|i)[ \t]+(?:(?i:also|now|still|both|all|jointly|already)[ \t]+)?"
                         + _HOLDING + r")|\b(?P<verb>" + _HOLDING + r"))[ \t]+$")
HELD_GOES_ON = re.compile(r"[ \t]+(?i:can|could|for|too|jointly|over|under|since|from|between)\b")
# A worker's initials after what she did to the record: "[Scanned by SP 21/11/2024 ...]",
# "Minuted by: KB"
INITIALS_AFTER_BY = re.compile(r"\b(?i:scanned|typed|minuted|minutes[ \t]+taken|taken|completed|checked|logged|"
                               r"entered|prepared|written|drafted|recorded|updated|signed|approved|reviewed|filed|"
                               r"uploaded|closed|opened|allocated|amended|sent|redacted)[ \t]+by:?[ \t]+"
                               r"(?P<code>[A-Z]{2,3})(?![\w'’&/-])(?![ \t]+(?i:admin|team|office|staff|service|duty|reception)\b)")
# A listed name that is also a word, owning her relation: "Patience's aunt Grace", "Hope's nan"
NAME_WORD_KIN = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,})['’]s[ \t]+(?:mum|mam|mom|dad|nan|nana|nanny|gran|"
                           r"grandma|grandad|grandmother|grandfather|aunt|auntie|aunty|uncle|brother|sister|"
                           r"stepdad|stepmum|step-dad|step-mum|foster[ \t]+carer|kinship[ \t]+carer|social[ \t]+worker|"
                           r"key[ \t]+worker|teacher|TA|SENCO|EHCP|school|views)\b")
# The words of a body after its place: "Oxford Health", "Oxford City Council", "Solent NHS Trust"
ORG_AFTER = re.compile(r"[ \t]+(?:Health\b(?![ \t]+Visitor)|NHS\b|(?:City|County|Borough|District)[ \t]+Council\b|"
                       r"Council\b|University\b|Hospitals?\b|Trust\b|Partnership\b|Community[ \t]+Health\b)")
# The kind of area after a compass word in brackets: "(West Quadrant)", "(North Locality)"
AREA_KIND_AFTER = re.compile(r"[ \t]+(?i:quadrant|locality|area|patch|team|region|zone|district|hub|cluster|sector)\)")
# A word broken at a line's end by a hyphen: "Media-\ntion"
LINE_BROKEN_WORD = re.compile(r"([A-Za-z]+)-[ \t]*\r?\n[ \t>]*([a-z]+)")
BROKEN_BEFORE = re.compile(r"([A-Za-z]+)-[ \t]*\r?\n[ \t>]*$")
# A child's name in lower case, as her parent says whose parent she is: "its kerry (lily roses
# mum)", "my ex jimmy (kizzys dad)", "hiya it's shamaine love ridge kissy's mum"
PARENT_OF = re.compile(r"(?:\(|\b(?:it['’]?s|this[ \t]+is|i['’]?m|i[ \t]+am)(?:[ \t]+[a-z][a-z'’-]+){1,3}[ \t]+)"
                       r"(?P<child>[a-z][a-z-]+(?:[ \t][a-z][a-z-]+)?)(?P<pos>['’]?s)[ \t]+(?:mum|mam|mom|mummy|dad|daddy|"
                       r"nan|nana|nanny|gran|grandma|grandad|auntie|aunty|step-?mum|step-?dad)\b")
# A caller's whole name as a transcript heard it, between her greeting and what says she is done
# with it: whose parent she is, "i'm ...", or what she is doing ("it's er series boswell levi's mum",
# "it's patience love ridge levi's mum", "this is kerry an pettit again", "it's aga kowal chick
# calling"); the words are the transcript's, so a misheard surname is one word or three
SELF_INTRODUCED = re.compile(rf"\b(?:it['’]?s|it[ \t]+is|this[ \t]+is|my[ \t]+name[ \t]+is|my[ \t]+name['’]?s|me[ \t]+name['’]?s)"
                             rf"[ \t]+(?:{_FILLER}[ \t,]+)*+(?!{_FILLER}\b)"
                             r"(?P<name>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,3}?)"
                             rf"(?=,?(?:[ \t]+{_FILLER},?)*+[ \t]+(?:"
                             r"(?P<child>[a-z][a-z-]+)(?P<pos>['’]s|s)[ \t]+(?:mum|mam|mom|mummy|mother|dad|daddy|father|nan|nana|"
                             r"nanny|gran|grandma|grandad|auntie|aunty|carer|step-?[ \t]?mum|step-?[ \t]?dad)\b"
                             # (what she is doing, or "i'm": a word no dictionary has among hers; "here" or
                             # "again": a first name too, "it's lovely here", "it's ridic again" name no one)
                             r"|(?P<doing>(?:(?:and|just)[ \t]+)?(?:calling|ringing|phoning|returning|speaking)\b|i['’]?m\b|i[ \t]+am\b)"
                             r"|(?P<weak>here|again)\b))")
# a word with a clitic is no part of a name ("it's", "i'm", "he'll", "don't")
CONTRACTED = re.compile(r"['’](?:s|m|ll|re|ve|d|t)$")
# A name written in Chinese or Korean characters, beside its English form: "Leo Chen (陈浩然)",
# "(Chinese name Chen Haoran, 陈浩然)"; never a phrase quoted in them ('mum said "冇問題"')
HAN_NAME = re.compile(r"(?:(?<=[(（,，:：][ \t])|(?<=[(（,，:：]))(?:[\u3400-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})"
                      r"(?=[ \t]?[)）,，])")
# A surname a transcript heard as two words, after a title or a first name: "mister butter
# worth", "shamaine love ridge" (Butterworth, Loveridge)
SPLIT_SURNAME = re.compile(r"(?<![\w'’-])(?=(?P<prev>[a-z]+)[ \t]+(?P<a>[a-z]{2,})[ \t]+(?P<b>[a-z]{3,})(?![\w'’-]))")
# ... or, after a title, as three words or with its O' apart: "mister asp in all" (Aspinall), "mrs
# o dowd" (O'Dowd), "miss shar ples", a surname of the census's wider list too (its title written
# with a capital too: "Mrs fair weather does it")
TITLED_SPLIT_SURNAME = re.compile(r"(?<![\w'’-])(?P<prev>(?i:mister|missus|mrs|miss|mr|ms|dr|doctor))[ \t]+"
                                  r"(?P<a>o|[a-z]{2,})[ \t]+(?P<b>[a-z]{2,})(?:[ \t]+(?P<c>[a-z]{2,}))?(?![\w'’-])")
# what "miss" after is the verb: "he will miss all day", "she'll miss her son"
MISS_THE_VERB_BEFORE = re.compile(r"\b(?i:will|would|['’]ll|to|i|you|we|they|she|he|really|gonna|wanna|might|could|"
                                  r"should|dont|don['’]t|didn['’]t|never|always|not|may|must|did|does|do)[ \t]+\Z")
# What a relation holds, in capitals after her: "SGO gives nan PR too" (parental responsibility)
HELD_BY_KIN = frozenset("PR SGO DLA PIP EHCP CP CIN".split())
# What goes on after a person's name, never a place's: "son Cuba who is eleven", "Cuba's date of birth"
PERSON_GOES_ON = re.compile(r"[ \t]+(?:who|is|was|has|had|aged|age|turned|\(\d)\b|['’]s[ \t]+(?:date|dob|mum|dad|school|birthday)\b")
# The words that own a person NER may begin a name with ("My Grandad Frank"): never a name's
OWNERS_BEFORE_A_NAME = frozenset("my our his her their your".split())
# Titles before a surname only: after one, a title word is the surname ("Mr Hafiz", "Mrs Bishop").
KIN_TITLES = frozenset("auntie aunty aunt uncle nan nana nanna nanny grandma granny grandad grandpa gran".split())
HONORIFICS = frozenset("mr mrs ms miss mx dr prof master mister".split())
# A month that is a first name, where only a person can be meant: "rang May back", "so May ringing".
_MONTH_NAME = r"(?P<name>May|June|April|August)(?![\w'’-])"
MONTH_PERSON = re.compile(
    r"(?:\b(?i:rang|ring|ringing|call|called|calling|phoned|phone|told|tell|asked|ask|emailed|e-mailed|texted|"
    r"contacted|updated|wrote[ \t]+to|write[ \t]+to|hi|hiya|hello|dear|"
    r"met|meet|saw|thank|thanks|spoke[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|speaking[ \t]+(?:to|with)|"
    r"reminded|remind|informed|advised)[ \t]+" + _MONTH_NAME + r"(?![ \t]*(?:\d|,[ \t]*\d))"
    # (never a date's month: "on 14 May decided", "mid-May", "the 3rd of May")
    r"|(?<![\w'’-])(?<![\s(]\d )(?<![\s(]\d\d )(?<!\d(?:st|nd|rd|th) )(?<!\bof )" + _MONTH_NAME.replace("name", "name2")
    + r"[ \t]+(?:ringing|rang|rung|phoned|called|"
    r"calling|said|says|told|asked|wants|wanted|thinks|thought|agreed|explained|reported|confirmed|"
    r"mentioned|emailed|texted|feels|felt|worried|attended|couldn['’]t|can['’]t|cannot|doesn['’]t|"
    r"didn['’]t|will[ \t]+(?:ring|call|email)|going[ \t]+to|left[ \t]+a|sorted|helped|helps|collects|"
    r"collected|drove|drives|picked|picks|looks[ \t]+after|looked[ \t]+after|used[ \t]+to|knows|knew|"
    r"sent|opened|took|gave|visited|posted|logged|rang|"
    # ... or what she means to do: "May intends to appeal", "June hopes to"
    r"intends|intended|plans[ \t]+to|planned[ \t]+to|hopes[ \t]+to|hoped[ \t]+to|decided|prefers|would[ \t]+like"
    # ... or who she is to the child: "May is great-nan & kinship carer", "June is mum's partner"
    r"|(?:is|was)[ \t]+(?:(?:his|her|their|the)[ \t]+)?(?:great-?)?(?:nan|nana|gran|grandma|mum|mam|mother|aunt|"
    r"auntie|carer|kinship[ \t]+carer|foster[ \t]+carer|sister|step-?mum|mum['’]s[ \t]+partner))\b"
    # ... or with her role or relation in brackets: "June (volunteer) helped Hope", "update April (mum)"
    r"|(?<![\w'’])" + _MONTH_NAME.replace("name", "name3") + r"[ \t]*\((?:volunteer|admin|student|duty|"
    r"mum|mam|mother|dad|father|nan|nana|gran|grandma|aunt|auntie|sister|carer|foster[ \t]+carer|"
    r"(?:[A-Za-z]+[ \t])?(?:officer|worker|adviser|advisor|manager|lead|teacher|volunteer))\)"
    # ... or in brackets after her relation, as a note names who: "typed it up with mum (April)"
    r"|\b(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|grandma|nanny|aunt|auntie|aunty|sister|"
    r"daughter|carer|stepmum|step-mum|sibling)[ \t]*\(" + _MONTH_NAME.replace("name", "name4") + r"\))")
# A listed name that is also a word ("Summer", "Hope", "Grace"), Capitalised, doing what only a
# person does: "Summer wouldnt put her uniform on", "Hope said".
NAME_WORD_ACTS = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)[ \t]+(?:said|says|told|asked|wouldnt|wouldn['’]t|wont|won['’]t|"
    r"didnt|didn['’]t|doesnt|doesn['’]t|cant|can['’]t|couldnt|couldn['’]t|refused|refuses|cried|screamed|"
    r"shouted|hid|kicked|threw|loves|hates|wanted|wants|enjoyed|enjoys|struggled|struggles|"
    r"slept|sleeps|ate|eats|rang|phoned|texted|emailed)\b")
# A first name before a month's name, no day or year after it: the month is a surname ("my
# manager Oliver March", "Ruby May Smith")
FIRST_NAME_MONTH = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]{2,})[ \t]+(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)(?![\w'’-])"
                              r"(?![ \t]*(?:\d|,[ \t]*\d|['’]\d)|[ \t]+(?:of|this|last|next|half|term|holidays?)\b)")
# ... and "updated" before a month is done to a thing, not to her: "was last updated June"
PASSIVE_BEFORE = re.compile(r"\b(?i:was|were|been|being|is|are|be|last)[ \t]+$")
# Before such a month, a word that makes it the month: "since June attended", "in May said"
MONTH_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|from|during|early|late|mid|end|last|next|this|"
                          r"before|after|since|throughout|each|every)[ \t]+$", re.IGNORECASE)
# "> On 25 Mar 2025, at 11:20, Thackeray, Neil <neil.t@...> wrote:"
REPLY_HEADER = re.compile(r"(?m)^[> \t]*On [^\n]{4,60}?,[ \t](?P<last>[A-Z][\w'’-]+),[ \t]"
                          r"(?P<first>[A-Z][a-z][\w'’-]*)[ \t]*<[^>\n]+>[ \t]*wrote:")
# A lone initial line, a blank line, then the signature's full name: "G\n\nGary Wainwright".
INITIAL_ABOVE_SIGNATURE = re.compile(r"(?m)^[ \t]*(?:(?i:thanks|thank you|cheers|best|regards|many thanks),?[ \t]+)?"
                                     r"(?P<initial>[A-Z]{1,2})[ \t]*\n[ \t]*\n[ \t]*"
                                     r"(?P<full>[A-Z][a-z]+[ \t][A-Z][\w'’-]+)[ \t]*$")
# A caller saying who they are: "hi it's shivon calling", "this is Deb from the hub"
CALLER_SAYS = re.compile(r"\b(?i:it['’]?s|this is|its)[ \t]+(?P<name>[A-Za-z][a-z]{2,14})[ \t,]+"
                         r"(?i:calling|speaking|here|from|ringing)\b")
# a voicemail's greeting names the caller or the one it is for, in lower case: "hi it's dean marsh
# jayden's dad", "this is a message for dawn", "hello my name is mrs shazia ..."
ENDEARMENTS = frozenset("hun hunny hunni hon honey pal mate bro babe babes love lovely darling chick sis bud buddy".split())
# Words greeted that are a name too but here a word or a fond name: "hi hope you're well", "hi angel"
GREETED_WORDS = frozenset("hope there again angel star precious sunny prince princess petal treasure gorgeous".split())
# A short form in lower case that is a word elsewhere, thanked or greeted at the end of a phrase:
# "thanks bev, sorry for the spelling", "hiya mags!" (never "thanks all", "cheers hun")
LOWER_GREETED = re.compile(r"(?<![\w'’])(?i:hi|hiya|hey|heya|thanks|thank[ \t]+(?:you|u)|cheers|dear|morning|ta)"
                           r"[ \t]*,?[ \t]+(?P<name>[a-z]{2,})(?=[ \t]*(?:[,.!?]|\r?\n|$|[ \t]+x+\b)"
                           # (or going on with what a message says next: "hi rob this is the letter",
                           # "hi dawn just to let u know")
                           r"|[ \t]+(?:this[ \t]+is|its|it['’]s|just|sorry|i['’]m|im)\b)")
GREETING_NAME = re.compile(r"\b(?:(?i:hi|hiya|hello|hey|morning|afternoon)[ \t,]+(?i:it['’]?s|its|this is)"
                           r"|(?i:my name is|message for|this is for|trying to get hold of))[ \t]+"
                           r"(?:(?i:mrs|mr|ms|miss)[ \t]+)?(?P<first>[a-z]{3,14})(?:[ \t]+(?P<last>[a-z]{3,20}))?(?![\w'’-])")
# A name spelled out on a call ("that's l u c a", "r a d f o r d"), or in capitals after a word
# that says so ("spelt K A S I A")
SPELLED = re.compile(r"(?<![\w'’-])(?P<name>[a-z](?: [a-z]){2,14})(?![\w'’-])"
                     r"|\b(?i:spelt|spelled|spelling|that['’]s|that is)[ \t,:]{1,3}(?P<caps>[A-Z](?:[ -][A-Z]){2,14})(?![\w'’-])")
# Letters spelled one by one on a call, in either case ("m o b b s", "T S H I B A N G U"), and the
# words a transcript wrote for the name just before them, however it misheard it: "brenda mobs m o b b s",
# "green away g r e e n a w a y", "she bangu sorry it's Tshibangu T S H I ...", "Jazz deep. J A S D E E P"
SPACED_LETTERS = re.compile(r"(?<![\w'’-])(?:[a-z](?: [a-z]){3,14}|[A-Z](?: [A-Z]){3,14})(?![\w'’-])")
# (what a caller says between the name and its letters, or between two tries at the name)
SAID_BETWEEN = frozenset("sorry thats that's that is its it's it um umm er erm uh ah like well no yeah yes so "
                         "spelt spelled spelling i mean inaudible".split())
# (a transcript's hearing of a name sounds as it is spelled: letters that sound alike made one)
SOUNDS_ALIKE = ((re.compile(r"ph"), "f"), (re.compile(r"ck|cz|q|c"), "k"), (re.compile(r"w"), "v"),
                (re.compile(r"[yj]"), "i"), (re.compile(r"z"), "s"), (re.compile(r"(.)\1+"), r"\1"))


def _sound(word: str) -> str:
    for pattern, replacement in SOUNDS_ALIKE:
        word = pattern.sub(replacement, word)
    return word


# A name said, then spelled in capitals: "nicola rig R I G G" (a transcript's guess, then the letters)
SPELLED_AFTER_WORD = re.compile(r"(?<![\w'’-])(?P<word>[a-z]{2,20})[ \t,]+(?P<caps>[A-Z](?: [A-Z]){2,14})(?![\w'’-])")
# a lower-case name alone on the line under "thanks" ("thanks\njay"): the writer's
LOWER_UNDER_THANKS = re.compile(r"(?im)^[ \t]*(?:thanks|thank you|thanx|thankyou|cheers|regards|kind regards|"
                                r"many thanks|best wishes|love|from|ta)[ \t!.,]*\n[ \t]*(?P<name>[a-z]{2,12})[ \t.!]*$")
# A letter's reference in lower case, "sw/jm" (writer/typist): at a line's end or after "typed" or "ref"
LOWER_LETTER_REF = re.compile(r"(?<![\w/.-])(?P<writer>[a-z]{2,3})/(?P<typist>[a-z]{2,3})(?![\w/.-]|\.\w)")
NOT_A_LETTER_REF = frozenset("and/or he/she his/her him/her yes/no am/pm km/h mg/kg ml/kg in/out on/off "
                             "up/down she/he her/his day/night mum/dad dad/mum etc/etc".split())
# A message signed off in lower case with kisses: "stace x", "kel xx"
SIGN_OFF_NAMES = frozenset("hope joy love bliss merry".split())  # (first names a kiss's word may be)
FULL_NAME_BELOW = re.compile(r"[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t>]*\((?P<first>[A-Za-z][a-z'’-]+)(?:[ \t]+[A-Za-z][a-z'’-]+)?\)")  # (her full name under it)
LOWER_SIGN_OFF = re.compile(r"(?m)^[ \t>]*(?P<name>[a-z]{3,12})[ \t]+x{1,3}[ \t]*$")  # (in a quoted reply too: ">> autumn x")

# Capitalised words that follow names but are not part of them.
NOT_NAME = frozenset("""
the a an and or of for to in on at by with from as is was are were has had have he she they his her
their him them it its this that these those mum dad mam mom nan school primary secondary high junior
infant infants nursery academy college year reception team service council plan review report section
meeting tribunal ehcp send sen senco camhs nhs la lea tel mob email dob ref re fw fwd cc bcc subject
sent date from to note notes action actions summary background outcome next update
""".split())


def _opens_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t#*->•|_0123456789.)")


def _spells(code: str, words: str) -> bool:
    """Whether the first letters of ``words``, some skipped, spell ``code`` ("CYP": "child or
    young person")."""
    letters = iter(w[0].upper() for w in re.findall(r"[A-Za-z]+", words))
    return all(any(c == letter for letter in letters) for c in code.upper() if c.isalpha())


def _letters_of_line_above(text: str, start: int) -> str:
    """The first letters, in capitals, of the words of the last line written before ``start``
    (its bracket aside): "LC" of "Lead clinician (reviewer)"; a short lower-case word counts
    for no letter ("Head of Year" is "HY")."""
    line = text[:start].rstrip().rsplit("\n", 1)[-1].split("(")[0]
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", line) if w[0].isupper() or len(w) > 3).upper()


class PersonRecognizer(EntityRecognizer):
    """Names from NER, titles, role cues and gazetteers."""

    def __init__(self, generic_words: frozenset[str] = frozenset(), supported_language: str = "en"):
        self.generic = frozenset(w.lower() for w in generic_words) | NOT_NAME
        # a kept word short of its last letter or two: "e h c needs assessment" spells "EHC" of "EHCNA"
        self.generic_openers = frozenset(w[:k] for w in self.generic if w.isalpha()
                                         for k in (len(w) - 2, len(w) - 1) if k >= 3)
        super().__init__(supported_entities=[PERSON], name="PersonRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        self.gaz = gazetteer.load()
        # Cues match as models/README.md says: lower-case ones in any case, capitals as written
        # ("ELSA: Jo" is a cue, "Elsa Jones" a name).
        alternatives = self.gaz.cue_pattern(extra=tuple(GREETINGS))
        # "mum, Sarah", "SENCO: Jane", "dad (Lee)", "sister called Hope", "mum - sarah"
        self._cue_before = re.compile(
            rf"(?:^|[^\w])(?:{alternatives})(?:[ ]?[:,(\-–][ ]?| |[ ](?i:is|was|called|named|is called)[ ])$")
        # "Sarah (mum)", "Lee - dad", "Hope, sister"
        self._cue_after = re.compile(rf"^\s*(?:\(|,|-|–)\s*(?:{alternatives})\b")

    # -- evidence -----------------------------------------------------------------------------
    def analyze(self, text, entities, nlp_artifacts=None):
        results = self._from_ner(text, nlp_artifacts) if nlp_artifacts else []
        results.extend(self._from_words(text))
        results.extend(self._nicknames(text))
        results.extend(self._place_surnames(text))
        results.extend(self._scanned_names(text))
        results.extend(self._header_names(text))
        results.extend(self._named_by_position(text))
        results.extend(self._initialled_names(text))
        # a body's letters ("Barnsley MBC", "(SWE reg. ...)") are no one's, whichever rule took them
        # (nor a system's constant in capitals, "APPT_REMIND", nor a tracked change's "[DEL: ...]")
        # nor an abbreviation's shape ("ToD", "SpLD"), whatever a list says of "Tod"
        # nor a key's colour ("Green = on track, Amber = some progress")
        results = [r for r in results if not (RAG_COLOUR.fullmatch(text, r.start, r.end) and KEY_EQUALS.match(text, r.end))]
        # nor a form's label for a name ("Child/YP Forename", "[Forename]")
        results = [r for r in results if not NAME_FIELD_LABEL.fullmatch(text, r.start, r.end)]
        results = [r for r in results if not _no_ones_letters(text, r.start, r.end) and not bracket_label(text, r.start, r.end)
                   and not MIXED_CASE_ABBREVIATION.fullmatch(text, r.start, r.end)
                   and not (DENOMINATION.fullmatch(text, r.start, r.end) and SCHOOL_KIND_AFTER.match(text, r.end))
                   and not (SYSTEM_CONSTANT.fullmatch(text, r.start, r.end) and not any(
                       gazetteer.fold(part) in self.gaz.surnames or gazetteer.fold(part) in self.gaz.first_names
                       for part in text[r.start:r.end].split("_")))]
        # nor what a parent holds, after the word that holds it: "both parents with PR can attend"
        results = [r for r in results if not (text[r.start:r.end] in HELD_BY_KIN and self._held(text, r.start, r.end))]
        # nor a post's terms in brackets, whichever rule took them ("SENCo (OOO)", "(NQT)", "(TBC)")
        results = [r for r in results if not (text[r.start:r.end] in POST_STATUS and text[r.start - 1:r.start] == "("
                                               and text[r.end:r.end + 1] == ")")]
        # nor a reference's letters after a name ("Tiago WKC" of "Tiago WKC-25-0843"): the name alone
        for r in results:
            cut = REF_LETTERS_AT_END.search(text, r.start, r.end)
            if cut and REF_NUMBER_AFTER.match(text, r.end):
                r.end = cut.start()
        results = [r for r in results if r.end > r.start]
        # nor colours in lower case before what they colour ("hazel brown eyes", "jade green bag")
        results = [r for r in results if not (text[r.start:r.end].islower() and gazetteer.COLOURED_AFTER.match(text, r.end) and all(
            self.gaz.is_english(w) for w in text[r.start:r.end].split()))]
        # nor a word a scan broke at a line's end that whole is a word ("Pennine Media-\ntion Services")
        results = [r for r in results if not any(
            self.gaz.is_english(k) and k not in self.gaz.first_names and k not in self.gaz.surnames
            for k in (gazetteer.fold(b.group(1) + b.group(2)) for b in LINE_BROKEN_WORD.finditer(text, r.start, r.end)))]
        # ... nor the second half of one ("Zain ban-\nned from trip": "ned" is the end of "banned")
        results = [r for r in results if not (
            (b := BROKEN_BEFORE.search(text, max(0, r.start - 40), r.start)) is not None
            and self.gaz.is_english(gazetteer.fold(b.group(1) + text[r.start:r.end].split()[0])))]
        # nor an NHS trust's or a health board's letters ("ESNEFT", "WSFT", "BSOL ICB"), nor a building
        # named after someone ("the Garrett Anderson Centre")
        results = [r for r in results if not BODY_LETTERS.fullmatch(text, r.start, r.end)
                   and not FACILITY_AFTER.match(text, r.end)]
        # a said address's "dot" or "at" is no part of a name ("bev dot hartley at ...": "hartley" alone)
        results = [r.__class__(r.entity_type, r.start + len(said.group()), r.end, r.score, r.analysis_explanation,
                               r.recognition_metadata)
                   if (said := SAID_ADDRESS_WORD.match(text, r.start, r.end)) and r.start + len(said.group()) < r.end else r
                   for r in results]
        defined = {m.group("code") for m in LEGEND.finditer(text)}
        if defined:  # "Key: PU = picked up by | CB = call back": the document's own abbreviations
            results = [r for r in results if text[r.start:r.end] not in defined]
        return results

    def _initialled_names(self, text):
        """A name its own initials follow in brackets ("Des Holtby (DH, volunteer)"): a person,
        though a word of it is a place; never with a word a dictionary has that no list of names
        has ("Team Around the Family (TAF)", "Passenger Asst (PA)"), nor a word the allow list or
        the roles have, nor an authority ("North Yorkshire (NY)")."""
        out = []
        for m in NAME_THEN_ITS_INITIALS.finditer(text):
            words_ = m.group("name").split()
            keys = [gazetteer.fold(w) for w in words_]
            spelled = "".join(k[0] for k in keys).upper()
            hyphened = "".join(p[0] for k in keys for p in k.split("-")).upper()
            # a word no list of names has, but a dictionary does, only first and before a listed
            # surname no dictionary has ("Aga Wróbel (AW)"; never "Bright Futures (BF)", "Passenger Asst (PA)")
            listed_surname = keys[-1] in self.gaz.surnames and not self.gaz.is_english(keys[-1])
            words_only = [k for k in (keys[1:] if listed_surname else keys)
                          if self.gaz.is_english(k) and k not in self.gaz.first_names and k not in self.gaz.surnames]
            if m.group("code") not in (spelled, hyphened) or " ".join(keys) in gazetteer.authorities()[0] \
                    or any(k in self.generic or self.gaz.is_cue(w) or k in STOP_WORDS or self.gaz.is_title(w)
                           for k, w in zip(keys, words_)) or words_only:
                continue
            out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "initialled"))
        # Dotted initials doing what a person does: "School says K. is", "A.P. is on the waiting list"
        for m in DOTTED_INITIALS_ACT.finditer(text):
            code = m.group("code").replace(".", "")
            if code not in DOTTED_NOT_A_CHILD and code.lower() not in self.generic \
                    and not LETTER_NAMED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        # A case's child by dotted initials before its reference or a heading's dash: "### 2.1 T.B. –
        # home to school transport", "AR for A.R. (CPS-24-1156)" (never a subject's: "P.E. – Tuesdays")
        for m in DOTTED_CASE_INITIALS.finditer(text):
            code = m.group("code").replace(".", "")
            if code not in DOTTED_NOT_A_CHILD:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))  # (past the allow list: "AR")
        # ... and a title's initial before its partner's: "Mr C. & Mrs N. Okafor"
        for m in TITLED_INITIAL_AND.finditer(text):
            out.append(self._result(m.start(), m.end("initial"), CUE_SCORE, "initialled"))
        return out

    def _named_by_position(self, text):
        """Names that only their place gives away: an initial with a surname ("S. Venkatesh",
        "Mrs K Bishop") or a first name with an initial ("Tomas H."); a month or word name right
        after a title or a relation ("Miss June", "miss june", "daughter April", "my friend
        Mads"); a quoted reply's "On 25 Mar 2025, Thackeray, Neil <...> wrote:"; the initial alone
        on the line above a signature ("G" then "Gary Wainwright"); a lower-case name signing off
        a message ("stace x")."""
        out = []
        gaz = self.gaz
        heard = gazetteer.heard_surnames()
        for m in INITIAL_SURNAME.finditer(text):
            key = gazetteer.fold(m.group(2))
            before = text[max(0, m.start() - 12):m.start()].split()
            titled = bool(before) and gaz.is_title(before[-1].rstrip(".:"))
            if before and before[-1].lower() in LABELS_BEFORE_LETTER:
                continue  # "Section F. Hollin Carr School", "Part B. The"
            if SPELLED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # the last letter of a spelled name ending its sentence: "spelt T H O R N. Jade"
            # "L Hartley (Advice Officer)", "Saved by C Whitworth": without the stop, a listed
            # surname that is no word, or a word no list has that is no place
            # "Officer:   I Siddiqui": after a label's colon an "I" or an "A" is an initial too
            labelled = re.search(r":[ \t]*$", text[max(0, m.start() - 20):m.start()]) is not None
            bare = (m.group(0)[0] not in "AI" or labelled) and (key in gaz.surnames and not gaz.is_english(key) or (
                key.isalpha() and key not in gaz.english and not gaz.is_english(key)
                and key not in gaz.places and key not in gaz.first_names and len(key) >= 4))
            if not (m.group(1) == "." or titled or bare) or key in self.generic or gaz.is_cue(m.group(2)):
                continue
            # a place written after an initial and a full stop is a surname ("R. Denaby"); without
            # the stop only after a title ("Mrs K Bishop")
            if key in gaz.surnames or key in gaz.first_names or key not in gaz.english:
                out.append(self._result(m.start(), m.end(2), POSITION_SCORE, "position"))
        name_initials = list(FIRST_INITIAL.finditer(text))
        # a list of them ("Reece W, Alfie T, Precious A, Jayden R"): each is a name, a word too
        listed_with_others = {id(m) for a, b in zip(name_initials, name_initials[1:])
                              if re.fullmatch(r"\.?[ \t]*(?:,|;|and|&)[ \t]*", text[a.end():b.start()])
                              for m in (a, b)}
        for m in name_initials:
            key = gazetteer.fold(m.group(1))
            if "-" in key and any(gaz.is_english(p) and p not in gaz.first_names for p in key.split("-")):
                continue  # "Year-Six B." is no double first name
            if key not in gaz.first_names and re.match(r"[ \t]+(?:and|&)[ \t]", text[m.end():m.end() + 6]):
                continue  # "Sam A and Zofia" is a list of people; "Strep A and Covid" is none
            if id(m) in listed_with_others and key not in STOP_WORDS and not gaz.is_cue(m.group(1)) \
                    and key not in gaz.titles and (key in gaz.first_names or not gaz.is_english(key)):
                out.append(self._result(m.start(), m.end(), POSITION_SCORE, "position"))
                continue
            # "Joy K" signing a diary entry: a listed name that is a word too, but no month
            # "April L attended": a month that is a name, with an initial, acting
            acting = key in gaz.calendar and bool(re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 2])
                                                  # (or heading her entry: "### 2.5 June B – annual review")
                                                  or re.match(r"[ \t]+[–—-][ \t]", text[m.end():m.end() + 3])
                                                  # (or before her case's bracket, or signing a line:
                                                  # "**April G. (SIAS-24-0480)**", "*April M*"), where no
                                                  # date's word stands before the month ("in April B.")
                                                  or re.match(r"[ \t]*\(|\**[ \t]*(?:\r?\n|$)", text[m.end():m.end() + 3])
                                                  and not MONTH_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()))
            # "Mariyah I.", "Ruksana B": a name no list has, no word and no place, with an initial
            unlisted = key not in gaz.first_names and not gaz.is_english(key) and key not in gaz.places \
                and len(key) >= 4 and key not in self.generic and not gaz.is_cue(m.group(1))
            if unlisted or key in gaz.first_names and (key not in gaz.calendar or acting) \
                    and (key not in self.generic or acting):
                # "Aled Tomlinson A.T.": a surname with initials after, the first name before it
                before = re.search(r"(?<![\w.])[A-Z][\w'’-]+ $", text[max(0, m.start() - 30):m.start()])
                start = m.start()
                if before and not gaz.is_title(before.group().strip()) and not gaz.is_cue(before.group().strip()) \
                        and gazetteer.fold(before.group().strip()) not in STOP_WORDS | self.generic:
                    start = m.start() - len(before.group())
                out.append(self._result(start, m.end(), POSITION_SCORE, "position"))
        out += self._initials_by_place(text)
        for m in NAME_FROM_SERVICE.finditer(text):
            key = gazetteer.fold(m.group("name"))
            # "hope from early help said", "Kayleigh from CAMHS rang": a worker by her service
            if key in gaz.first_names and key not in STOP_WORDS and key not in gaz.calendar and key not in self.generic \
                    and not gaz.is_cue(m.group("name")) and not SUBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                    and not WORD_OF_A_PHRASE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                    and not ((m.group("name").islower() or gaz.is_english(key)) and not VERB_AFTER_SERVICE.match(text, m.end())):
                # (a word too, or in lower case, only where she acts: "hope from early help said", never
                # "sensory kit from the OT arrived", "another bill from the council")
                out.append(self._result(m.start("name"), m.end("name"), AFTER_SCORE, "position"))
        for m in NAME_AFTER.finditer(text):
            word = m.group("name")
            key = gazetteer.fold(word)
            lead = gazetteer.fold(m.group("lead"))
            # "miss june" in a parent's lower-case message is a teacher; "I will miss June" is not
            titled = gaz.is_title(m.group("lead")) or (m.group("lead") == "miss" and word.islower())
            calendar_name = key in gaz.calendar and key in gaz.first_names
            named = lead in ("called", "named") or (lead == "is" and re.search(
                r"\bname[ \t]+is[ \t]+$", text[max(0, m.start("name") - 12):m.start("name")], re.IGNORECASE)
                and not gaz.is_english(key))  # "her name is bev", never "his name is said first"
            # ... or a word no list or dictionary has, when a person is the one called it ("a lady called
            # dionne"; never "a thing called pecs", "a school called oakdene")
            someone = named and key not in gaz.first_names and WHO_IS_CALLED.search(
                text, max(0, m.start("lead") - 24), m.start("lead")) is not None and not (
                gaz.is_english(key) or gaz.near_english(key) or key in text_speak() or key in self.generic
                or key in gaz.places or len(key) < 3)
            if named and word.islower() and (key in gaz.first_names or someone) \
                    and key not in STOP_WORDS and key not in gaz.calendar and not gaz.is_cue(word):
                out.append(self._result(m.start("name"), m.end("name"), AFTER_SCORE, "position"))
                continue  # "a lady called pat"
            # "his dads name is bray, lee bray": a surname said as his name, ending the clause
            if lead == "is" and word.islower() and key in gaz.surnames and key not in STOP_WORDS \
                    and key not in self.generic and re.match(r"[,;.]", text[m.end("name"):m.end("name") + 1]) \
                    and re.search(r"\bname[ \t]+is[ \t]+$", text[max(0, m.start("name") - 12):m.start("name")], re.IGNORECASE):
                out.append(self._result(m.start("name"), m.end("name"), AFTER_SCORE, "position"))
                continue
            # "my best mate will Dransfield": a listed name that is a word, then a surname
            # a kin word lower case, or one written as a title ("Auntie May", "Nan June")
            kin_word = (m.group("lead").islower() or lead in KIN_TITLES) \
                and (lead in RELATIONS or gaz.cue_role(lead) in ("parent", "relative"))
            # or any role before it ("a social worker will Nuttall from early help")
            cued = kin_word or (m.group("lead").islower() and word.islower() and self._cue_before.search(
                text[max(0, m.start("name") - 40):m.start("name")]) is not None)
            surname_end = self._surname_after(text, m.end("name")) if cued and word.islower() else None
            if cued and word.islower() and key in gaz.first_names and surname_end:
                out.append(self._result(m.start("name"), surname_end, AFTER_SCORE, "position"))
                continue
            kin_month = calendar_name and is_capitalised(word) and kin_word
            # a child named after a place the allow list keeps, where a person's words go on:
            # "his son Cuba who is eleven", "Cuba's date of birth" (never "we went to Cuba")
            kin_place = kin_word and lead in RELATIONS and is_capitalised(word) and not gaz.is_english(key) \
                and PERSON_GOES_ON.match(text, m.end("name")) is not None
            if (key in self.generic and not calendar_name and not kin_place) or gaz.is_cue(word) or (key in STOP_WORDS and not kin_month) \
                    or (word.islower() and key in SAYING):  # "he told me miss said he had to go"
                continue  # "June" is allow-listed as a month, not after "Miss"; "gran May does" is her
            if titled and word.islower() and key not in gaz.first_names:
                continue  # "miss school": a title in lower case before a word is no name
            if not titled and not (lead in RELATIONS or gaz.is_cue(m.group("lead"))):
                continue
            unknown = is_capitalised(word) and key not in gaz.english and key not in gaz.places
            # "my fella tez": a relation word, then a lower-case name no dictionary knows; after a
            # parent's role ("mum kasha"), also no misspelling or text-speak ("mum dont")
            # (a child named after a place, where a person's words go on: "his son Cuba who is eleven")
            placed = key in gaz.places and not kin_place
            related = kin_word and not placed and (
                (is_capitalised(word) and lead in RELATIONS)
                or (word.islower() and len(word) >= 3 and key not in gaz.english and (
                    lead in RELATIONS and key not in text_speak() or not (gaz.is_english(key) or key in text_speak()
                                              or gaz.near_english(key)))))
            # "my fella tez", "baby sister mia": a lower-case name no dictionary knows; "his nan pat
            # has", "dad frank said": a listed name that is also a word, when a verb follows it
            kin = lead in RELATIONS or gaz.cue_role(lead) in ("parent", "relative")
            related = related or (kin and word.islower() and key in gaz.first_names
                                  and key not in gaz.calendar and bool(KIN_VERB_AFTER.match(text, m.end("name")))
                                  and not (key in gazetteer.VERB_NAMES and text[m.end("name"):m.end("name") + 1] not in (" ", "\t")))
            if titled and not (calendar_name or lead == "miss"):
                continue  # "Dr Leanne Sen": the title rule and NER read the whole name
            if calendar_name or unknown or related or titled:
                # below NER, so NER's longer "Mads Jensen" wins over "Mads"; "mum kasha
                # Lewandowska": her surname after her lower-case first name
                end = surname_end if related and word.islower() and surname_end else m.end("name")
                out.append(self._result(m.start("name"), end, AFTER_SCORE, "position"))
        for m in SPEAKER.finditer(text):
            names = m.group("name").split()
            keys = [gazetteer.fold(w.rstrip(".")) for w in names]
            month_name = len(keys) > 1 and keys[0] in gaz.calendar and keys[0] in gaz.first_names
            if any((k in self.generic and not (month_name and k == keys[0])) or gaz.is_cue(w)
                   or k in gaz.titles or k in STOP_WORDS for k, w in zip(keys, names)) \
                    or (len(keys) == 1 and keys[0] in gaz.calendar):
                continue  # "Subject:", "SENCO:", "Mum:", "April:"
            listed = len(keys) >= 2 and keys[0] in gaz.first_names and (
                month_name or not gaz.is_english(keys[0])) and not gaz.is_english(keys[-1]) \
                or (len(keys) >= 2 and keys[0] in gaz.first_names and keys[-1] in gaz.surnames
                    and not gaz.is_english(keys[0]))
            stamped = m.group("stamp") and not all(gaz.is_english(k) for k in keys)
            if listed or stamped:
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in INITIAL_SALUTATION.finditer(text):
            group = "name" if m.group("name") else "thanked"
            out.append(self._result(m.start(group), m.end(group), POSITION_SCORE, "position"))
        for m in PREFERS_NAMES.finditer(text):
            # (the names before it that a word may be short for: "Riles" of "Riley"; never "Maths" of a subject)
            before = [gazetteer.fold(w) for w in re.findall(r"[A-Z][a-z]+", text[max(0, m.start() - 40):m.start()])]
            before = [w for w in before if w in gaz.first_names or not gaz.is_english(w)]
            for group in ("a", "b"):
                key = gazetteer.fold(m.group(group) or "")
                if key and key not in STOP_WORDS and not gaz.is_cue(m.group(group)) and key not in gaz.calendar \
                        and not gaz.is_title(m.group(group)) and key not in self.generic \
                        and (not gaz.is_english(key) or any(w[:2] == key[:2] for w in before)):
                    out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "nickname"))
        for m in LOWER_KIN_BRACKET.finditer(text):
            key = m.group("name")
            if key in gaz.first_names and key not in KIN_TITLES and key not in STOP_WORDS and not gaz.is_cue(key) \
                    and key not in gaz.calendar and key not in text_speak():
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in NAME_BEFORE_REF.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if (key in gaz.first_names or not gaz.is_english(key) and key not in self.generic) and key not in STOP_WORDS \
                    and not gaz.is_cue(m.group("name")) and key not in gaz.calendar and key not in gaz.places:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in BARE_SALUTATION.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if key in gaz.first_names and key not in STOP_WORDS and key not in self.generic and not gaz.is_cue(key) \
                    and key not in gaz.titles and key not in gaz.calendar and key not in NOT_A_SALUTATION:
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in ADDRESSEE.finditer(text):
            names = re.findall(r"[A-Za-z][A-Za-z'’-]+", m.group("name"))
            keys = [gazetteer.fold(w) for w in names]
            local = gazetteer.fold(m.group("local"))
            spelled = any(len(k) >= 3 and k in local for k in keys)  # "g.entwistle": her own address
            listed = any(k in gaz.first_names or k in gaz.surnames for k in keys)
            if (spelled or listed) and not any(k in self.generic or gaz.is_cue(w) or k in STOP_WORDS or w.isupper()
                                               or k in gaz.places
                                               or gaz.is_english(k) and k not in gaz.first_names and k not in gaz.surnames
                                               for k, w in zip(keys, names)):
                # ("Sheffield Local Offer", "SEN Transport", "Admissions Bassetlaw": a body's inbox)
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in LOWER_ADDRESSEE.finditer(text):
            # "From: roxy p <roxy.p1987@...>": a sender who writes her name in lower case, her first
            # word in her address
            # (a listed first name, or a name and its initial or surname, no word of them kept or a
            # dictionary's: "From: camhs <camhs.referrals@...>", "sendiass", "ehcp team" are inboxes)
            words_ = m.group("name").split()
            first = words_[0]
            named = gazetteer.fold(first) in gaz.first_names or len(words_) >= 2 and not any(
                len(w) > 1 and (gaz.is_english(w) or w in self.generic or w in gazetteer.kept_phrase_words() or gaz.is_cue(w))
                for w in words_[1:])
            if len(first) >= 3 and first in m.group("local").lower() and named \
                    and not gaz.is_english(first) and first not in STOP_WORDS and not gaz.is_cue(first) \
                    and first not in self.generic and first not in gazetteer.kept_phrase_words():
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in TRANSCRIPT_SPEAKER.finditer(text):
            names = [w.rstrip(",.") for w in m.group("name").split()]
            keys = [gazetteer.fold(w) for w in names]
            surname_first = "," in m.group("name")
            if any(k in self.generic and k not in gaz.surnames and k not in gaz.first_names
                   and not (surname_first and i == 0 and k in gaz.calendar) or gaz.is_cue(w)
                   or k in gaz.titles or k in STOP_WORDS for i, (k, w) in enumerate(zip(keys, names))) \
                    or not any(k in gaz.first_names or k in gaz.surnames or not gaz.is_english(k) for k in keys):
                continue  # "Meeting Notes 0:04", "SENCO Office 1:02", "Agenda Item 1:00" ("March, Stevie" is one)
            out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in POST_AUTHOR.finditer(text):
            if len(m.group("name").split()) <= 6:
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "author"))
        for m in INITIAL_AND_WORD.finditer(text):
            before = text[max(0, m.start() - 14):m.start()].split()
            if not (before and (before[-1].lower() in LABELS_BEFORE_LETTER or before[-1].lower() in LETTERED_THINGS)):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in INITIALS_BEFORE_DOB.finditer(text):
            if m.group("code") not in NOT_INITIALS and m.group("code").replace(".", "").lower() not in self.generic \
                    and not gaz.is_cue(m.group("code")):  # "Child / YP (DOB)": a header's role
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in STARTED_BY.finditer(text):
            out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "author"))
        for m in SPELLED_HYPHENS.finditer(text):
            joined = re.sub(r"[ \t]+(?i:dash|hyphen)[ \t]+", "", m.group()).replace("-", "").replace(" ", "").lower()
            if joined not in self.generic and not set(joined) <= set("aeiou") and joined not in ALPHABET \
                    and not (m.group().islower() and self.gaz.is_english(joined)):  # "S-E-N-D", "s-t-o-p", "A-E-I-O-U"
                out.append(self._result(m.start(), m.end(), POSITION_SCORE, "spelled"))
        for m in NOT_LATIN_NAME.finditer(text):
            if NAME_WRITTEN.search(m.group("label")) and not LANGUAGE_LABEL.search(m.group("label")):  # "Language: العربية" is no one
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in LOWER_CARRIED.finditer(text):
            g = "name" if m.group("name") else "name2"
            key = m.group(g)
            line = text[max(text.rfind(c, 0, m.start()) for c in "\n:|\t") + 1:m.start()]  # (its line, or its cell)
            if self._lower_first_name(key) and key not in gaz.calendar and key not in SAYING and key not in NOT_CARRIED \
                    and not re.search(r"[A-Z]", re.sub(r"\bI\b|(?:^|[.!?][ \t]+)[A-Z]", "", line.strip())):
                # "KL said he is 17"; a lower-case writer's line only ("I have to pick storm up" is one)
                out.append(self._result(m.start(g), m.end(g), POSITION_SCORE, "position"))
        # (each copy of a pair once one acts: "i'd ask miss shepherd for her report" too)
        titled = list(LOWER_TITLED.finditer(text))
        # ... or where a clause ends after her and no one misses something before ("the lady from the
        # primary miss gaunt, since september"; never "i really miss home.")
        clause_end = (",", ".", ";", ")")
        acting = {(m.group("title"), m.group("name")) for m in titled
                  if (text[m.end():m.end() + 1] in (" ", "\t") and VERB_AFTER.match(text, m.end()))
                  # (or with her role after her: "miss carr the senco", "mrs dyson (head)")
                  or (role := ROLE_NEXT.match(text, m.end())) is not None \
                  and (gaz.is_cue(role.group("role")) or gaz.is_cue(role.group("role").upper()))
                  # (or where the writer says it is her name: "her name is miss o'donoghue")
                  or NAME_IS_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
                  or (text[m.end():m.end() + 1] in clause_end and m.group("title") != "miss")
                  or (text[m.end():m.end() + 1] in clause_end and LOWER_MISS_BEFORE.search(text, max(0, m.start() - 24), m.start()))}
        for m in titled:
            key = m.group("name")
            # ... or a class named by its teacher, her possessive written without its apostrophe:
            # "yr 5 in miss kemps class"
            teacher = bool(CLASS_AFTER.match(text, m.end())) and (key.removesuffix("s") in gaz.surnames
                                                                 or not gaz.is_english(key))
            # (a surname of the census's wider list too: "miss leary said")
            # (or a name no dictionary has, after "miss" only where she is someone's: "since miss
            # ferneyhough left", never "he will miss taekwondo would mean")
            unlisted = len(key) > 4 and not gaz.is_english(key) and (
                m.group("title") != "miss" or LOWER_MISS_BEFORE.search(text, max(0, m.start() - 24), m.start()))
            # (a word too, where only a person stands: "mrs bell said", "the council lady miss boot never
            # rings back"; never "ms teams", "dr" of a drive)
            # (or who speaks: "miss harrow says i have to sit with the year 1s"; no one misses a word that says)
            worded = m.group("title") in ("mr", "mrs") or (
                m.group("title") == "miss" and (LOWER_MISS_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                                or SPEAKS_AFTER.match(text, m.end())
                                                and not SUBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                                and key not in MISSED_THINGS
                                                or NAME_IS_BEFORE.search(text, max(0, m.start() - 16), m.start())))
            # (an initial between makes her one: "a mr d. fairbanks in the travel team"; a word only
            # where she acts: never "mr b. said")
            initialled = m.group("initial") is not None and (
                not gaz.is_english(key) or key in gaz.surnames and (m.group("title"), key) in acting and key not in SAYING)
            if ((m.group("title"), key) in acting and (key in gaz.surnames or key in heard or unlisted or worded)
                    or teacher or initialled) and key not in STOP_WORDS \
                    and not gaz.is_cue(key) and key not in gaz.calendar:
                out.append(self._result(m.start(), m.end(), AFTER_SCORE, "position"))
        for m in LOWER_KIN_OWNER.finditer(text):
            key = m.group("name")
            if not m.group("apostrophe") and (key + "s" in gaz.english or key + "s" in self.generic):
                continue
            if self._lower_first_name(key) and key not in gaz.calendar:
                # ... her whole name, a first name no word shares before it: "rebin hassan's mum"
                before = LOWER_FIRST_BEFORE.search(text, max(0, m.start() - 20), m.start())
                # (after her introduction with no apostrophe, any first name: "its aga zofias mum")
                start = before.start(1) if before and before.group(1) in gaz.first_names \
                    and (not gaz.is_english(before.group(1)) or not m.group("apostrophe")) \
                    and before.group(1) not in STOP_WORDS else m.start("name")
                # (with its "s" where no apostrophe parts them: "paddys" is one word; and the writer
                # who introduces herself so, whatever her name: "its aga zofias mum")
                end = m.end("name") if m.group("apostrophe") else m.end("name") + 1
                intro = not m.group("apostrophe") and INTRODUCED_BEFORE_OWNER.search(text, max(0, m.start() - 30), m.start())
                if intro and intro.group(1) not in STOP_WORDS and intro.group(1) not in gaz.titles:
                    start = intro.start(1)
                out.append(self._result(start, end, POSITION_SCORE, "position"))
        for m in LOWER_SIGNED.finditer(text):
            g = "" if m.group("name") else "2"
            first = m.group("first" + g)
            last = m.group("name" + g).split()[-1]
            if self._lower_first_name(first) and last not in NOT_A_PERSONS_LAST:  # "From: grace academy <...>"
                out.append(self._result(m.start("name" + g), m.end("name" + g), POSITION_SCORE, "position"))
        for m in LOWER_SPEAKER.finditer(text):
            first = m.group("first")
            # (a chat's stamped speaker may be a name that is a word: "jade", "will")
            if first in gaz.first_names and (not gaz.is_english(first) or m.group("stamp")) and first not in STOP_WORDS \
                    and not gaz.is_cue(first) and first not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "speaker"))
        for m in NAME_LABEL_LINE.finditer(text):
            parts = [gazetteer.fold(w) for w in re.split(r",?[ \t]", m.group("name"))]
            if len(parts) == 1 and (parts[0] in HEADER_WORDS or gaz.is_english(parts[0])
                                    and parts[0] not in gaz.first_names and parts[0] not in gaz.surnames):
                continue  # "Name<tab>Role<tab>Organisation": a header row's next word, no name
            if not all(p in self.generic or gaz.is_cue(p) or p in STOP_WORDS for p in parts):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in NAME_FIELD.finditer(text):
            name = m.group("name")
            comma = name.find(", ")
            if comma > 0 and (gaz.is_cue(name[comma + 2:]) or gaz.is_cue(name[comma + 2:].split()[0])
                              or gazetteer.fold(name[comma + 2:]) in self.generic
                              or (len(name[comma + 2:].split()) >= 2 and not any(
                                  gazetteer.fold(w) in gaz.first_names or gazetteer.fold(w) in gaz.surnames
                                  for w in name[comma + 2:].split()))):
                name = name[:comma]  # "Name: Sandra Coe, Health Visitor": the role is no part of it
            parts = [gazetteer.fold(w) for w in re.split(r",?[ \t]", name)]
            if not any(p in gaz.first_names or p in gaz.surnames or not gaz.is_english(p) for p in parts):
                continue  # "Child: Looked After", "Re: Annual Review of Education": a status or a subject, no name
            if not all(p in self.generic or gaz.is_cue(p) for p in parts):
                out.append(self._result(m.start("name"), m.start("name") + len(name), POSITION_SCORE, "position"))
        if "will" in text and WILL_NAMED.search(text):
            for m in WILL_ACTS.finditer(text):
                verb, after = m.group("verb"), m.group("after") or ""
                if (verb in WILL_VERBS or len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is"))
                        and verb not in NOT_VERBS_IN_S
                        and after not in ("be", "get", "have", "need", "go", "start", "come", "do", "receive")) \
                        and not QUESTION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    out.append(self._result(m.start("name"), m.end("name"), AFTER_SCORE, "position"))
        for m in SIGN_OFF_INITIAL.finditer(text):
            first = re.match(r"[A-Z][a-z]+", text[m.start("full"):m.start("full") + 30])
            if m.group("name") == m.group("full") and first and (gazetteer.fold(first.group()) in gaz.first_names or not (
                    gaz.is_english(first.group()) or gazetteer.fold(first.group()) in gaz.places or gaz.is_cue(first.group()))):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in SPEAKING_TO_NAME.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if key in gaz.first_names and key not in STOP_WORDS and not gaz.is_cue(key) and key not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in SINGLE_NAME_FIELD.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if (key in gaz.first_names or not gaz.is_english(key) and not gaz.near_english(key) and key not in text_speak()) \
                    and key not in STOP_WORDS and key not in self.generic and not gaz.is_cue(key) and key not in HEADER_WORDS \
                    and not gaz.is_title(key):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in LOWER_NAME_FIELD.finditer(text):
            parts = [gazetteer.fold(w) for w in re.split(r"[ \t]+", m.group("name"))]
            if parts[0] in gaz.first_names and parts[0] not in STOP_WORDS and not any(
                    p in STOP_WORDS or p in self.generic or gaz.is_cue(p) for p in parts[1:]):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for line in INITIALS_LINE.finditer(text):
            for m in INITIALS.finditer(line.group()):
                at = line.start() + m.start()
                if (m.group() in ROLE_INITIALS or m.group() == SUPPORTER_LETTERS and text[at - 1:at] == "(") \
                        and (text[at - 1:at] == "(" or re.match(r"[ \t]+[a-z]", text[at + len(m.group()):at + len(m.group()) + 2])):
                    continue  # "Present: Jake Senior (PA)", "PA hours are used": a role, or a role's noun (and an
                    # independent supporter's, "Will Hetherington (IS)")
                if m.group() not in _DAYS:
                    out.append(self._result(at, at + len(m.group()), CUE_SCORE, "initials"))
        for m in TIME_INITIALS.finditer(text):
            if m.group("initials") in MESSAGE_DIRECTIONS:
                continue  # "14:02  IN   hiya": an SMS export's direction, no one's initials
            out.append(self._result(m.start("initials"), m.end("initials"), CUE_SCORE, "initials"))
        for m in SQUARE_INITIALS.finditer(text):
            for code in INITIALS.finditer(m.group("list")):
                if code.group() not in ROLE_INITIALS and code.group() not in NOT_INITIALS_IN_BRACKETS:
                    at = m.start("list") + code.start()
                    out.append(self._result(at, at + len(code.group()), CUE_SCORE, "initials"))
        for m in BY_INITIALS.finditer(text):
            for code in INITIALS.finditer(m.group("list")):
                if code.start() > 0 and code.group().lower() in STOP_WORDS:
                    break  # "by KB, NOT checked": a word in capitals ends the list
                if code.group() not in ROLE_INITIALS and code.group() not in SIGN_OFF_NOT_INITIALS \
                        and code.group() not in TEAM_LETTERS and not self.gaz.is_cue(code.group()):
                    at = m.start("list") + code.start()
                    # (after what only a person does to a record, a kept abbreviation too: "typed by
                    # CP" is someone's initials; "supervised by SLT", "booked by PMS" are a role's, a service's)
                    # (... unless a body's own letters the allow list keeps: "logged by NHS", "entered by MASH")
                    how = "by-initials" if m.group("verb").split()[0].lower() in RECORD_KEEPING and not (
                        len(code.group()) >= 3 and code.group().lower() in self.generic) else "initials"
                    out.append(self._result(at, at + len(code.group()), CUE_SCORE, how))
        for m in chain(LETTER_KISS.finditer(text), LETTER_SIGNED.finditer(text), LETTER_SIGNED_COMMA.finditer(text)):
            out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))
        for m in PATH_NAME.finditer(text):  # a folder of a path: "\\Supervision\\Pengelly_R\\"
            key = gazetteer.fold(m.group("surname") or m.group("surname2"))
            if not self.gaz.is_english(key) or key in self.gaz.surnames:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in REF_INITIALS.finditer(text):  # "Our ref: AS/kt": the writer's and the typist's initials
            out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))
        for m in PERSON_CALLED.finditer(text):  # 'a lady called Jan', "a worker named Bill"
            words = m.group("name").split()
            if not any(gazetteer.fold(w) in self.generic and gazetteer.fold(w) not in self.gaz.first_names
                       for w in words) and not self.gaz.is_cue(words[0]):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in NAME_HERE.finditer(text):  # a chat's "Dev: Devinder here, Arjun's dad"
            key = gazetteer.fold(m.group("name"))
            if (key in self.gaz.first_names or not self.gaz.is_english(key)) and key not in self.generic \
                    and key not in self.gaz.places and not self.gaz.is_cue(m.group("name")):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in STAFF_KEY.finditer(text):
            first, last = gazetteer.fold(m.group("name").split()[0].rstrip(".")), gazetteer.fold(m.group("name").split()[-1])
            if (len(first) == 1 and (last in gaz.surnames or not gaz.is_english(last)) and last not in KEY_NOT_SURNAMES
                    or first in gaz.first_names) and not gaz.is_cue(m.group("name").split()[-1]) \
                    and last not in self.generic and m.group("code") not in NOT_INITIALS:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in DOTTED_INITIALS.finditer(text):
            code = m.group("code").replace(".", "")
            if code not in NOT_INITIALS and code not in ROLE_INITIALS and code.lower() not in self.generic \
                    and code not in SIGN_OFF_NOT_INITIALS and not gaz.is_cue(code) \
                    and not in_caps_line(text, m.start("code"), m.end("code")):
                out.append(self._result(m.start("code"), m.end("code"), WEAK_SCORE, "initials"))
        for m in SIGNED_DOTTED.finditer(text):
            code = m.group("code").replace(".", "")  # (a role's letters sign as a person: "S.W.")
            if code not in NOT_INITIALS - ROLE_INITIALS and code not in SIGN_OFF_NOT_INITIALS:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in HYPHENED_INITIALS.finditer(text):
            out.append(self._result(m.start(), m.end(), CUE_SCORE, "initials"))
        for m in BRACKET_INITIALS.finditer(text):
            for code in re.finditer(r"[A-Z]{2,3}", m.group("list")):
                at = m.start("list") + code.start()
                out.append(self._result(at, at + len(code.group()), WEAK_SCORE, "initials"))
        for rx in (ROLE_THEN_INITIALS, INITIALS_BEFORE_YEAR):
            for m in rx.finditer(text):
                code = m.group("code")
                kin = rx is INITIALS_BEFORE_YEAR and m.group("kin")
                # (after a son, never a condition's or a kept word's letters: "son ASD year 4"; a role's
                # letters only before a bracketed year: "son TA (yr 4")
                if kin and (gazetteer.fold(code) in self.generic or code in NOT_INITIALS or gaz.is_cue(code)
                            or code in gazetteer.glossary_letters()) \
                        and not ((code in ROLE_INITIALS or code in NOT_INITIALS and code not in gazetteer.glossary_letters())
                                 and "(" in text[m.end("code"):m.end()]):
                    continue
                if not kin and (code in ROLE_INITIALS or gaz.is_cue(code)) or code in SUBJECTS or code in POST_STATUS \
                        or (rx is ROLE_THEN_INITIALS and (
                        code in NOT_INITIALS or gazetteer.fold(code) in STOP_WORDS | self.generic)):
                    continue  # before a year group, "re IS, Y2" is a child's initials
                if rx is ROLE_THEN_INITIALS and not self._cue_before.search(
                        text[max(0, m.start() - 40):m.start() + 1]) \
                        and not (DATE_BEFORE_BRACKET.search(text, max(0, m.start() - 14), m.start())
                                 and SIGNED_BRACKET_END.match(text, m.end())
                                 and code not in gazetteer.glossary_letters() and code not in TEAM_LETTERS
                                 and code not in LOG_LETTERS and code not in NOT_INITIALS
                                 and code.lower() not in text_speak()):
                    continue
                # (a son's letters placed by the word: past the allow list's "TA")
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE,
                                        "position" if kin and gazetteer.fold(code) in self.generic else "initials"))
        for m in INITIALS_BEFORE_ROLE.finditer(text):
            code, role = m.group("code"), m.group("role")
            roles = [w for w in re.findall(r"[A-Za-z][\w-]*", role) if gaz.is_cue(w)] or role.strip() in SERVICES \
                or role.strip() in ROLE_LETTERS  # "Referred to NF (IS)", "BM (AO)"
            # (an abbreviation's person is a name here: "BC", "DS", "MA" are initials before a role)
            if not roles or code in ROLE_INITIALS or code in RANKS or code in SUBJECTS \
                    or code in SIGN_OFF_NOT_INITIALS and code not in gazetteer.LISTED_STAFF_WORDS \
                    or gaz.is_cue(code) or code not in NOT_INITIALS and gazetteer.fold(code) in STOP_WORDS | self.generic \
                    or _spells(code, role):
                continue  # "CYP (child or young person)", "SM (SENDIASS manager)": the bracket spells it out
            out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in SURNAME_COMMA_FIRST.finditer(text):
            g = "" if m.group("last") else "q"
            first, last = gazetteer.fold(m.group(g + "first")), gazetteer.fold(m.group(g + "last"))
            # the area's towns are surnames too ("Barnsley, Ellis") before a first name no word shares
            town = last in self.generic and last in gaz.surnames and not gaz.is_english(first) \
                and first not in gaz.calendar
            # ("BROOK, Will": after a surname in capitals, a first name that is also a word is his)
            caps_last = m.group(g + "last").isupper() and first not in gaz.calendar
            if first in gaz.first_names and (first not in STOP_WORDS or caps_last) and first not in self.generic \
                    and (last in gaz.surnames or not gaz.is_english(last)) and (last not in self.generic or town) \
                    and last not in STOP_WORDS and not gaz.is_cue(m.group(g + "last")) and last not in gaz.titles:
                out.append(self._result(m.start(g + "last"), m.end(g + "first"), POSITION_SCORE, "position"))
        for m in TOLD_NAME.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if key in gaz.first_names and key not in STOP_WORDS and not gaz.is_cue(m.group("name")) \
                    and key not in gaz.titles and key not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), AFTER_SCORE, "position"))
        for m in VERB_NAME_ACTING.finditer(text):
            out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in THANKED_NAME.finditer(text):
            key = m.group("name")
            if key in gaz.first_names and key not in STOP_WORDS and key not in NOT_THANKED and key not in self.generic \
                    and key not in text_speak():
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in WORD_NAME_ACTING.finditer(text):
            key = gazetteer.fold(m.group("name"))
            # (a month's short form kept as the month is a name where she acts: "Jan asked BO")
            if key not in gaz.first_names or key in STOP_WORDS or key in gaz.titles or key in self.generic and key not in gaz.calendar \
                    or key in gazetteer.SEASONS and re.match(r"[ \t]+start", text[m.end():m.end() + 8]) \
                    or gaz.is_cue(m.group("name")) or DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    or key in gaz.calendar and MONTH_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or key in gaz.calendar and MONTH_LISTED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                # ("most of Dec and Jan off sick": a month listed after another)
                continue
            out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in BRACKETED_NICKNAME.finditer(text):
            first, last = gazetteer.fold(m.group("first")), gazetteer.fold(m.group("last"))
            nick = gazetteer.fold(m.group("nick"))
            if m.group("last").isupper() and last not in gaz.surnames:
                continue  # a label in capitals after the name: 'Francesca ("Frankie") DOB 29/06/2021'
            # "Yuxuan (Ethan) CHEN": a word no list or dictionary has, before a listed first name in
            # brackets and a surname, is the given name he goes by the other for
            unlisted = first not in gaz.first_names and len(first) >= 4 and not gaz.is_english(first) \
                and not gaz.near_english(first) and first not in gaz.places and first not in self.generic \
                and nick in gaz.first_names and nick not in gaz.calendar and not gaz.is_english(nick)
            if unlisted and (last in gaz.surnames or not gaz.is_english(last)):
                out.append(self._result(m.start("first"), m.end("first"), POSITION_SCORE, "position"))
            # "Re: William (Will) Barnsley": a surname after a first name and the short form he goes by
            if (first not in gaz.first_names and not unlisted) or first in STOP_WORDS or gaz.is_cue(m.group("nick")):
                continue
            if nick[:2] == first[:2] or nick in gaz.first_names:  # (his short form: "Will", "Paddy")
                out.append(self._result(m.start("nick"), m.end("nick"), POSITION_SCORE, "position"))
            if not gaz.is_cue(m.group("last")) and last not in gaz.titles and last not in gaz.calendar \
                    and (not gaz.is_english(last) or last in self.generic and last in gaz.surnames):
                out.append(self._result(m.start("last"), m.end("last"), POSITION_SCORE, "position"))
        for m in SHORT_THEN_FULL.finditer(text):
            short, full = gazetteer.fold(m.group("short")), gazetteer.fold(m.group("full"))
            # (the name's own start, and a name no word is: "Jay (Jayden)", never "Mark (Marketing)")
            if full.startswith(short) and len(full) > len(short) and full in gaz.first_names \
                    and not gaz.is_english(full) and full not in gaz.calendar and short not in STOP_WORDS:
                out.append(self._result(m.start("short"), m.end("short"), POSITION_SCORE, "position"))
                out.append(self._result(m.start("full"), m.end("full"), POSITION_SCORE, "position"))
        for m in COUPLE.finditer(text):
            first, second = gazetteer.fold(m.group("first")), gazetteer.fold(m.group("second"))
            last = gazetteer.fold(m.group("last"))
            if first in gaz.first_names and second in gaz.first_names and not gaz.is_english(first) \
                    and first not in gaz.calendar and not gaz.is_cue(m.group("first")) \
                    and (last in gaz.surnames or not gaz.is_english(last)) and last not in self.generic:
                out.append(self._result(m.start("first"), m.end("first"), POSITION_SCORE, "position"))
        for rx, group in ((CALENDAR_OWNER, "name"), (RELATION_INITIAL, "code"), (OFFICER, "name"), (PREFIXED_CAPS, 0)):
            out += [self._result(m.start(group), m.end(group), POSITION_SCORE, "position") for m in rx.finditer(text)]
        for m in PET_NAME.finditer(text):
            # (its name right after it only after whose it is, never a word that goes on: "the dog The", "our dog When")
            # (a word of the dictionary that a verb's form is only where the sentence ends or goes on about it:
            # "our dog Biscuit died", never "My pony Loves carrots", "My dog Died last year")
            key = gazetteer.fold(m.group("name"))
            if m.group("next") is not None and (m.group("whose").lower() == "the" or key in STOP_WORDS
                                                 or gaz.is_cue(m.group("name")) or key in gaz.calendar
                                                 or gaz.is_english(key) and key not in gaz.first_names
                                                 and key not in PET_NICKNAMES and re.search(r"(?:ed|s)$", key)
                                                 and not PET_NAME_ENDS.match(text, m.end())):
                continue
            out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in SAME_SURNAME.finditer(text):
            before, last, first = (gazetteer.fold(m.group(k)) for k in ("before", "last", "first"))
            if not gaz.is_english(last) and (last in gaz.surnames or before in gaz.first_names) \
                    and last not in self.generic and first not in STOP_WORDS and first not in gaz.titles \
                    and not gaz.is_cue(m.group("first")) and not gaz.is_cue(m.group("last")):
                out.append(self._result(m.start("first"), m.end(), POSITION_SCORE, "position"))
        for m in OUR_MONTH_NAME.finditer(text):
            out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in INITIALS_AFTER_BY.finditer(text):
            code = m.group("code")
            if code not in NOT_INITIALS and gazetteer.fold(code) not in self.generic and not gaz.is_cue(code) \
                    and code not in HELD_BY_KIN and code not in TEAM_LETTERS:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in NAME_WORD_KIN.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if key in gaz.first_names and key not in STOP_WORDS and key not in gaz.calendar and not gaz.is_cue(key) \
                    and key not in gaz.titles and key not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in PARENT_OF.finditer(text):
            words = m.group("child").split()
            start, end = m.start("child"), m.end("child") if m.group("pos")[0] in "'’" else m.end("pos")
            if m.group("pos") == "s":
                whole = words[-1] + "s"
                if gazetteer.fold(whole) in gaz.first_names:
                    words[-1] = whole  # "(james mum)": a name that ends in s, no possessive
                elif (gaz.is_english(whole) or whole in STOP_WORDS) and words[-1] not in gaz.first_names:
                    continue  # "(plus mum and dad)", "(unless mum is there)": a word, no child's name
            if all(w in gaz.first_names and w not in STOP_WORDS
                   or not gaz.is_english(w) and w not in STOP_WORDS and w not in text_speak() and len(w) >= 3
                   and not gaz.is_cue(w) and w not in self.generic for w in words):
                # (below NER's score: a longer name NER reads round it is kept whole, "rachel its kayleigh alfies")
                out.append(self._result(start, end, AFTER_SCORE, "position"))
        for m in SELF_INTRODUCED.finditer(text):
            words_ = m.group("name").split()
            unknown = [w for w in words_ if not gaz.is_english(gazetteer.fold(w))]
            if not self._introduced(words_) \
                    or m.group("doing") and not unknown \
                    or m.group("weak") and not (unknown and any(gazetteer.fold(w) in gaz.first_names for w in words_)) \
                    or m.group("pos") == "s" and gazetteer.fold(m.group("child") + "s") not in gaz.first_names \
                    and gazetteer.fold(m.group("child")) not in gaz.first_names:
                continue  # ("it's summer hols dad has them": no child's name before "dad")
            out.append(self._result(m.start("name"), m.end("name"), AFTER_SCORE, "caller"))
        out += [self._result(m.start(), m.end(), POSITION_SCORE, "script") for m in HAN_NAME.finditer(text)]
        for m in SPLIT_SURNAME.finditer(text):
            prev, whole = m.group("prev"), m.group("a") + m.group("b")
            if whole in gaz.surnames and len(whole) >= 7 and not gaz.is_english(whole) \
                    and (gaz.is_title(prev) or prev in ("mister", "missus")
                         or prev in gaz.first_names and not gaz.is_english(prev)
                         or not gaz.is_english(prev) and not gaz.near_english(prev) and prev not in text_speak()
                         and prev not in STOP_WORDS and len(prev) >= 4):
                out.append(self._result(m.start("a"), m.end("b"), AFTER_SCORE, "position"))
        for m in TITLED_SPLIT_SURNAME.finditer(text):
            if m.group("a") in STOP_WORDS or m.group("prev").lower() == "miss" and MISS_THE_VERB_BEFORE.search(
                    text, max(0, m.start() - 12), m.start()):
                continue  # ("miss all day", "will miss her son": a verb and its words)
            a, b, c = m.group("a", "b", "c")
            for parts, last in (((a, b, c), "c"), ((a, b), "b")):  # (the longest first: "asp in all", "cope land")
                if None in parts:
                    continue
                whole = "".join(parts)
                if len(whole) >= (5 if parts[0] == "o" else 6) and whole in heard and not any(
                        p in gaz.titles or p in ("and", "or") for p in parts):
                    out.append(self._result(m.start("prev"), m.end(last), AFTER_SCORE, "position"))
                    break
        for m in BROKEN_AT_LINE_END.finditer(text):
            first, last = gazetteer.fold(m.group("first")), gazetteer.fold(m.group("last"))
            line_start = text.rfind("\n", 0, m.start()) + 1
            lines = text[line_start:text.find("\n", m.end()) % (len(text) + 1)]
            if "\t" in lines or "|" in lines:
                continue  # a table's rows: one row's last cell, the next row's first
            if len(re.findall(r"\b[a-z]{2,}\b", text[line_start:m.start("first")])) < 2:
                continue  # a line of prose ends with her first name, not a speaker's line
            if first in gaz.first_names and not gaz.is_english(first) and first not in gaz.calendar \
                    and not gaz.is_english(last) and last not in STOP_WORDS and last not in self.generic \
                    and not gaz.is_cue(m.group("last")) and last not in gaz.titles:
                out.append(self._result(m.start("first"), m.end("last"), POSITION_SCORE, "position"))
        for m in LOWER_FULL_NAME.finditer(text):
            first, last = m.group("first"), m.group("last")
            # ("paddy mcdonagh": a first name that is a word too, before a listed surname no word shares)
            surname = (last in gaz.surnames or last.startswith(("mc", "mac"))) and len(last) >= 5
            if first in gaz.first_names and (not gaz.is_english(first) and not gaz.near_english(first) or surname) \
                    and first not in STOP_WORDS and first not in text_speak() and not gaz.is_cue(first) \
                    and last not in gaz.first_names and not gaz.is_english(last) \
                    and (not gaz.near_english(last) or last in gaz.surnames) \
                    and last not in STOP_WORDS and last not in text_speak() and not gaz.is_cue(last) \
                    and last not in self.generic and last not in gaz.calendar:
                out.append(self._result(m.start("first"), m.start("first") + len(first) + 1 + len(last),
                                        AFTER_SCORE, "position"))
        for m in LOWER_DASH_SIGN_OFF.finditer(text):
            code = m.group("code")
            if code not in STOP_WORDS and not gaz.is_english(code) and not gaz.is_cue(code) \
                    and code not in self.generic:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in QUOTED_DISPLAY_NAME.finditer(text):
            keys = [gazetteer.fold(w) for w in re.split(r",?[ \t]", m.group("name"))]
            if not any(k in self.generic or gaz.is_cue(k) or k in STOP_WORDS for k in keys):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in FIRST_THEN_TITLED.finditer(text):
            key = gazetteer.fold(m.group("first"))
            # (a month's name too, "May (Mrs Fitzpatrick)", and a name no list has, "Prissy (Mrs Loveridge)")
            if (key in gaz.first_names and (key not in STOP_WORDS or key in gaz.calendar)
                    or m.group("first")[:1].isupper() and not gaz.is_english(key) and key not in self.generic
                    and key not in gaz.places) and not gaz.is_cue(m.group("first")) and key not in KIN_TITLES:
                out.append(self._result(m.start("first"), m.end("first"), POSITION_SCORE, "position"))
        for m in SURNAME_SAID.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if m.group("name").islower() and gaz.is_english(key) and key not in gaz.surnames:
                continue  # "his surname is spelt wrong"
            if key not in STOP_WORDS and key not in self.generic and not gaz.is_cue(m.group("name")):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in NICKNAME_BETWEEN.finditer(text):
            first = gazetteer.fold(m.group("first"))  # (a first name no list has too: "Rafferty 'Raff' Coppard")
            nick = gazetteer.fold(m.group("nick"))
            if (first in gaz.first_names or not gaz.is_english(first) and first not in self.generic) \
                    and nick not in STOP_WORDS:
                out.append(self._result(m.start("nick"), m.end("nick"), CUE_SCORE, "nickname"))
                if nick in gaz.first_names or not gaz.is_english(nick):  # and whose ("Amber "Warning" Level" is none)
                    out.append(self._result(m.start("first"), m.end("first"), CUE_SCORE, "nickname"))
        for m in REPLY_HEADER.finditer(text):
            if gazetteer.fold(m.group("first")) in gaz.first_names:
                out.append(self._result(m.start("last"), m.end("first"), TITLE_SCORE, "header"))
        for m in INITIAL_ABOVE_SIGNATURE.finditer(text):
            if m.group("initial")[0].upper() == m.group("full")[0].upper():
                out.append(self._result(m.start("initial"), m.end("initial"), POSITION_SCORE, "position"))
        for m in NAME_WORD_ACTS.finditer(text):
            key = gazetteer.fold(m.group("name"))
            before = text[max(0, m.start() - 8):m.start()].lower().split()
            if key in gaz.first_names and gaz.is_ambiguous(key) and key not in gaz.calendar \
                    and key not in STOP_WORDS and not (before and before[-1] in ("the", "a", "an", "this", "that")):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in FIRST_NAME_MONTH.finditer(text):
            key = gazetteer.fold(m.group("first"))
            if key in gaz.first_names and not gaz.is_english(key) and key not in STOP_WORDS and key not in gaz.calendar \
                    and not gaz.is_cue(key) and not gaz.is_title(m.group("first")) and key not in self.generic \
                    and not MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                out.append(self._result(m.start(), m.end(), POSITION_SCORE, "position"))
        for m in MONTH_PERSON.finditer(text):
            group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
            if group == "name" and m.group().lower().startswith("updated") \
                    and PASSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "The EHCP was last updated June": the month the thing was done in
            if not MONTH_BEFORE.search(text, max(0, m.start(group) - 12), m.start(group)):
                out.append(self._result(m.start(group), m.end(group), POSITION_SCORE, "position"))
        for m in CALLER_SAYS.finditer(text):
            word = m.group("name")
            if not (gaz.is_english(word) or self._said_word(word)):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "caller"))
        for m in LOWER_GREETED.finditer(text):
            key = m.group("name")
            # (a name that is a word too where only a name is greeted: "hi rob this is", "thanks dawn!";
            # never "hi hope you're well", "hi will you")
            word_name = gaz.is_english(key) and key not in MODAL_NAMES and key not in GREETED_WORDS \
                and not m.group().lower().startswith(("thank", "ta"))
            if key in gaz.first_names and (not gaz.is_english(key) or word_name) and key not in STOP_WORDS \
                    and key not in text_speak() and key not in gaz.places and not gaz.is_cue(key) \
                    and key not in gaz.calendar and key not in gaz.titles and key not in ENDEARMENTS:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "greeted"))
        for m in GREETING_NAME.finditer(text):
            first, last = m.group("first"), m.group("last")
            if first not in gaz.first_names or first in STOP_WORDS or gaz.is_cue(first):
                continue
            end = m.end("first")
            if last and last not in STOP_WORDS and not gaz.is_cue(last) and (
                    last in gaz.surnames or not gaz.is_english(last)):
                end = m.end("last")  # "dean marsh"; not "dawn it's ceri"
            out.append(self._result(m.start("first"), end, CUE_SCORE, "caller"))
        for m in SPELLED.finditer(text):
            group = "name" if m.group("name") else "caps"
            letters = m.group(group).replace(" ", "").replace("-", "").lower()
            listed = letters in gaz.first_names or letters in gaz.surnames
            # (a word too, spelled right after it is said: "tanya crouch that's c r o u c h", the word and
            # its letters a name; never "e h c p" after "ehcp")
            said = None
            if group == "name" and len(letters) >= 4 and letters not in self.generic:
                for said in re.finditer(rf"(?<![\w'’-]){letters}(?![\w'’-])", text[max(0, m.start() - 60):m.start()], re.I):
                    pass
            elif group == "name" and len(letters) == 3 and (letters in gaz.first_names or not gaz.is_english(letters)):
                # (three letters only after the name written as one: "Ana with one n, a n a")
                for said in re.finditer(rf"(?<![\w'’-]){letters.capitalize()}(?![\w'’-])", text[max(0, m.start() - 60):m.start()]):
                    pass
            if said is not None:
                at = max(0, m.start() - 60) + said.start()
                out.append(self._result(at, at + len(letters), CUE_SCORE, "spelled"))
                out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "spelled"))
                continue
            if set(letters) <= {"a", "i"} or letters in "abcdefghijklmnopqrstuvwxyz" or letters in self.generic \
                    or letters in self.generic_openers and not listed \
                    or letters[-1] in "ai" and letters[:-1] in self.generic \
                    or letters[0] in "ai" and letters[1:] in self.generic \
                    or group == "name" and gaz.is_english(letters) and letters not in gaz.first_names \
                    and letters not in gaz.surnames:
                continue  # "i i a", "a b c", "e h c p", "e h c p a", "a e h c p" (with its article), "h i v e": no name
                # (after "spelt" the capitals are one: "spelt T H O R N")
            out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "spelled"))
        for m in SPACED_LETTERS.finditer(text):
            out.extend(self._result(start, end, CUE_SCORE, "spelled") for start, end in self._said_as(text, m))
        for m in SPELLED_AFTER_WORD.finditer(text):
            letters = m.group("caps").replace(" ", "").lower()
            if letters[:2] == m.group("word")[:2] and difflib.SequenceMatcher(None, m.group("word"), letters).ratio() >= 0.75 \
                    and letters not in self.generic:
                out.append(self._result(m.start("word"), m.end("word"), CUE_SCORE, "spelled"))
                out.append(self._result(m.start("caps"), m.end("caps"), CUE_SCORE, "spelled"))
        for m in LOWER_UNDER_THANKS.finditer(text):
            word = m.group("name")
            if (gaz.is_first_name(word) or not gaz.is_english(word)) and not self._said_word(word):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "sign-off"))
        for m in DICTATED_BY.finditer(text):
            if m.group("code") not in ROLE_INITIALS and m.group("code") not in NOT_INITIALS:  # (never "Dict: HT")
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in LETTERS_WHEN_BACK.finditer(text):
            code = m.group("code")
            if code not in NOT_INITIALS and code not in ROLE_INITIALS and not gaz.is_cue(code) \
                    and code not in gazetteer.council_acronyms() and code not in CLOSING_CODES:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in LOWER_LETTER_REF.finditer(text):
            if m.group() in NOT_A_LETTER_REF or any(w in STOP_WORDS or gaz.is_english(w) for w in m.groups()):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            at_end = not text[m.end():line_end if line_end >= 0 else len(text)].strip(" \t.")
            if at_end or re.search(r"\b(?i:typed|ref|reference)\b", text[max(line_start, m.start() - 50):m.start()]):
                out.append(self._result(m.start("writer"), m.end("writer"), CUE_SCORE, "initials"))
                out.append(self._result(m.start("typist"), m.end("typist"), CUE_SCORE, "initials"))
        for m in LOWER_SIGN_OFF.finditer(text):
            key = gazetteer.fold(m.group("name"))
            below = FULL_NAME_BELOW.match(text, m.end())
            if below and gazetteer.fold(below.group("first")) in gaz.first_names and not gaz.is_cue(below.group("first")) \
                    and key not in STOP_WORDS and key not in ENDEARMENTS:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "sign-off"))  # "shell x\n(michelle baylis)"
                continue
            # (a first name that is a word too where the text writes it as a name: "autumn x"
            # under "I'll ring Autumn back")
            named = key in gaz.first_names and re.search(rf"(?<![\w'’-]){m.group('name').capitalize()}(?![\w'’-])", text)
            # (or any listed first name, no endearment: "gem x" alone on its line, never "hun x", "hope x")
            named = named or key in gaz.first_names and key not in ENDEARMENTS and key not in SIGN_OFF_NAMES
            if (key not in gaz.english or named) and key not in STOP_WORDS and key not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), WEAK_SCORE, "sign-off"))
        for m in INITIALS_THEN_NAME.finditer(text):
            first = gazetteer.fold(m.group("name").split()[0])
            if "".join(w[0] for w in m.group("name").split()) == m.group("code") \
                    and (first in gaz.first_names or not gaz.is_english(first)) and first not in self.generic \
                    and not gaz.is_cue(m.group("code")) and m.group("code") not in ROLE_INITIALS:  # (never "PE - Physical Education")
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "by-initials"))
        for m in LETTER_KIN.finditer(text):
            before = re.search(r"(\w+)[ \t]+$", text[max(0, m.start() - 20):m.start()])
            # ("Child T's mum", "Pupil B's": a placeholder; so is "K's father" where "Child K" is written)
            if not (before and before.group(1)[:1].isupper()) and not re.search(
                    rf"\b(?:{PLACEHOLDER_NOUNS})[ \t]+{m.group('name')}\b", text):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for rx in (LOWER_BEFORE_KIN, KIN_BEFORE_LOWER, KIN_THEN_LOWER, LOWER_BEFORE_AGE):
            for m in rx.finditer(text):
                key = gazetteer.fold(m.group("name"))
                if rx is LOWER_BEFORE_AGE and (key in text_speak() or gaz.near_english(key) and key not in gaz.first_names
                                               or not AGE_NAME_OPENS.search(text, max(0, m.start() - 12), m.start())):
                    continue  # "upset in the mornings tbh (hes 6)", "waiting for the paed (hes 7 now)"
                if rx is LOWER_BEFORE_KIN and m.group("owner") and any(
                        gaz.is_english(w) or w in STOP_WORDS for w in m.group("owner").split()):
                    continue  # "(her new stepdad)", "(the older brother)": no one named
                # (a month's name too, before her clitic, placed past the allow list: "his nan may's")
                month = rx is KIN_THEN_LOWER and key in gaz.calendar
                if rx is KIN_THEN_LOWER and m.group("open") and (key in STOP_WORDS or key in SAYING or key in NOT_CARRIED
                                                                 or key in text_speak()):
                    continue  # "(nan said)", "(nan too)": no one named
                if rx is KIN_THEN_LOWER and gaz.near_english(key) and key not in gaz.first_names \
                        and (not m.group("open") or m.group("owner_in")) and text[m.end("name"):m.end("name") + 1] not in "'’":
                    continue  # "his dad defo isnt", "her nan def knows": a word misspelt, no name (with her
                    # clitic, a name still: "me mam britty'll be there")
                # (a modal's word as a name only where no verb can follow it: "his uncle will is the only one")
                modal = rx is KIN_THEN_LOWER and key in MODAL_NAMES and key in gaz.first_names \
                    and MODAL_NAME_AFTER.match(text, m.end("name"))
                if (key not in STOP_WORDS and key not in self.generic or month or modal) \
                        and not gaz.is_cue(m.group("name")) and (key in gaz.first_names or not gaz.is_english(key)):
                    out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE,
                                            "position" if month or modal else "role-cue"))
        for line in re.finditer(r"[^\n]+", text):
            if not SAYING_LINE.search(line.group()):
                continue
            for m in SAID_AS.finditer(line.group()):
                parts = m.group().split("-")
                caps = [run for part in parts for run in re.findall(r"[A-Z]{2,}", part)]
                # (never words of the dictionary in capitals for stress: "a ONE-off", "NON-negotiable")
                if all(len(part) >= 3 and gaz.is_english(part) for part in parts):
                    continue
                if not any(gazetteer.fold(part) in self.generic or gaz.is_cue(part) or part in NOT_INITIALS for part in caps):
                    out.append(self._result(line.start() + m.start(), line.start() + m.end(), CUE_SCORE, "position"))
        for m in EVERYONE_CALLS.finditer(text):
            key = gazetteer.fold(m.group("name"))
            # (no word, or a listed first name the text writes as a name too: "calls him tj", never
            # "calls him out", "calls her names", "we all call him lovely")
            named = key in gaz.first_names and (not gaz.is_english(key) or re.search(
                rf"(?<![\w'’-]){m.group('name').capitalize()}(?![\w'’-])", text))
            # (two letters only where the text writes the names they begin: "tyler-jay ... calls him tj")
            letters = len(key) == 2 and re.search(rf"(?i)\b{key[0]}[a-z]+-{key[1]}[a-z]+\b", text) is not None
            if (named or letters or len(key) > 2 and not gaz.is_english(key) and not gaz.near_english(key)) \
                    and key not in STOP_WORDS and key not in self.generic and not gaz.is_cue(key) and key not in text_speak() \
                    and key not in ENDEARMENTS and key not in FOND_WORDS and not gaz.is_title(key):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "nickname"))
        for m in [*LOWER_NAME_IS.finditer(text), *LOWER_CALLED.finditer(text), *LOWER_PARTNER.finditer(text)]:
            key = gazetteer.fold(m.group("name"))
            if key in STOP_WORDS or key in self.generic or gaz.is_cue(key) or key in text_speak() \
                    and key not in gaz.first_names or gaz.near_english(key) and key not in gaz.first_names:
                continue  # ("his name is definately on", "call him thik": a misspelt word, no name)
            # (after "name is" or a partner's word, a listed first name or no word: "his name is down",
            # "her partner will", "my wife said" name no one; a first name that is a word too only
            # where it ends the phrase or acts: "his new gf dawn.", never "my partner drew up")
            if m.re is LOWER_NAME_IS and (whole := self._full_name_goes_on(m)):
                out.append(self._result(m.start("name"), whole, CUE_SCORE, "position"))
                continue  # "his full name is dean anthony lister": the whole name, its word-name too
            if m.re is LOWER_NAME_IS and gaz.is_english(key) and (key not in gaz.first_names or key in SAYING or (
                    (gaz.is_ambiguous(key) or key in MODAL_NAMES) and not NAME_IS_ENDS.match(text, m.end("name")))) \
                    or m.re is LOWER_PARTNER and (key not in gaz.first_names or key in MODAL_NAMES or key in SAYING or (
                        gaz.is_ambiguous(key) and not PARTNER_NAME_ENDS.match(text, m.end("name")))):
                continue
            out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in QUOTED_NAME_AFTER.finditer(text):
            if m.group("first") is None or gazetteer.fold(m.group("first")) in gaz.first_names:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "nickname"))
        for m in LOWER_FROM_BODY.finditer(text):
            key = m.group("name")
            # (a listed first name, or a word no dictionary has: "i rang jasdeep at the council")
            if (key in gaz.first_names or not gaz.is_english(key) and not gaz.near_english(key)
                and key not in text_speak()) \
                    and key not in STOP_WORDS and key not in self.generic and not gaz.is_cue(key) \
                    and not PRONOUN_OR_ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in SHORT_FORM_QUOTED.finditer(text):
            first, nick = gazetteer.fold(m.group("first")), gazetteer.fold(m.group("nick"))
            if (first in gaz.first_names or not gaz.is_english(first)) and nick[:2] == first[:2] and nick != first \
                    and nick not in STOP_WORDS and nick not in self.generic and not gaz.is_english(nick) \
                    and not gaz.is_cue(m.group("nick")):
                out.append(self._result(m.start("nick"), m.end("nick"), CUE_SCORE, "nickname"))
        for m in NAME_THEN_MONTH.finditer(text):
            family = gazetteer.fold(m.group("family"))
            if family in gaz.surnames and not gaz.is_english(family) and family not in gaz.first_names \
                    and family not in self.generic and not gaz.is_cue(m.group("family")):
                out.append(self._result(m.start("family"), m.end("given"), POSITION_SCORE, "position"))
        for m in TITLED_NAME_THEN_MONTH.finditer(text):
            out.append(self._result(m.start(), m.end("given"), POSITION_SCORE, "position"))
        for m in SURNAME_THEN_FIRST.finditer(text):
            last, first = gazetteer.fold(m.group("last")), gazetteer.fold(m.group("first"))
            if NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # a whole name's last word, and a short form: "Lok-yin Chan (Ethan)" is NER's whole
            # (never who she is to the child: "Mum (Funke)", "Keyworker (Sam)", "Interpreter (Ana)")
            # (nor a titled teacher's subject: "Miss Berry (Art)")
            # (nor a service and its worker, "Outreach (Jade)", a colour's key, "Green (Amber)", nor a short
            # form before the whole name, "Jay (Jayden)": a listed surname only)
            if first in gaz.first_names and first not in gaz.calendar and first not in self.generic \
                    and first not in TAUGHT_SUBJECTS and last in gaz.surnames \
                    and last not in RAG_WORDS and first not in RAG_WORDS \
                    and not (first.startswith(last) or last.startswith(first)) \
                    and not re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+$", text[max(0, m.start() - 6):m.start()]) \
                    and not gaz.is_cue(m.group("first")) and first not in STOP_WORDS \
                    and not gaz.is_cue(m.group("last")) \
                    and last not in self.generic and last not in gaz.titles and last not in gaz.calendar \
                    and last not in STOP_WORDS and last not in HEADER_WORDS and not gaz.places.get(last):
                out.append(self._result(m.start("last"), m.end("last"), POSITION_SCORE, "position"))
                out.append(self._result(m.start("first"), m.end("first"), POSITION_SCORE, "position"))
        for m in NAME_THEN_ROLE.finditer(text):
            key, role = gazetteer.fold(m.group("name")), m.group("role")
            if NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # a whole name's last word: "Gill Bradley (foster carer)" is NER's whole
            if key in gaz.first_names and not gaz.is_cue(m.group("name")) and key not in gaz.titles \
                    and key not in TAUGHT_SUBJECTS \
                    and (gaz.is_cue(role) or role.lower() in ROLE_WORDS_IN_BRACKETS or role in ROLE_LETTERS):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in NAME_WHO_IS_AGE.finditer(text):
            key = gazetteer.fold(m.group("name"))
            if key in gaz.first_names and (key not in STOP_WORDS or key in gazetteer.VERB_NAMES) and key not in gaz.calendar \
                    and not gaz.is_cue(m.group("name")) and key not in self.generic and key not in gaz.titles \
                    and not (gaz.is_english(key) and NOT_A_NAME_BEFORE_AGE.search(text, max(0, m.start() - 20), m.start())):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        for m in LOWER_O_SURNAME.finditer(text):
            # (with the first name before it: "alfie o'neill", "tyler-jay o'driscoll")
            # (or any word no dictionary has: "mister cieran o'hara")
            before = re.search(r"(?<![\w'’-])([a-z]{2,}(?:-[a-z]{2,})?)[ \t]+$", text[max(0, m.start() - 30):m.start()])
            first = before and before.group(1)
            start = m.start() - len(before.group(0)) if first and all(
                (k in gaz.first_names or not gaz.is_english(k) and k not in text_speak()) and k not in STOP_WORDS
                and k not in gaz.titles for k in first.split("-")) else m.start()
            out.append(self._result(start, m.end(), POSITION_SCORE, "position"))
        for m in SPELLED_CAPS.finditer(text):
            letters = m.group("caps").replace(" ", "").lower()
            # (a name's letters: never the alphabet's run, "A B C D E")
            if SPELL_ASKED.search(text, max(0, m.start() - 200), m.start()) and letters not in self.generic \
                    and not gaz.is_english(letters) and len(set(letters)) >= 3 \
                    and letters not in "abcdefghijklmnopqrstuvwxyz" and any(v in letters for v in "aeiouy"):
                out.append(self._result(m.start(), m.end(), CUE_SCORE, "spelled"))
        for m in TITLED_THEN_MONTH_NAME.finditer(text) if not MONTH_IN_BRACKETS.search(text) else ():
            out.append(self._result(m.start("given"), m.end("given"), POSITION_SCORE, "position"))
        for m in SPOKEN_HYPHEN.finditer(text):
            if all(gazetteer.fold(m.group(k)) in gaz.first_names or gazetteer.fold(m.group(k)) in gaz.surnames
                   for k in ("first", "second")):
                # (and the surname after, any word no dictionary has: "Tyler hyphen James Ormesby")
                surname = m.group("surname") and gazetteer.fold(m.group("surname"))
                end = m.end("surname") if surname and (surname in gaz.surnames or not gaz.is_english(surname)) \
                    and surname not in STOP_WORDS else m.end("second")
                out.append(self._result(m.start("name"), end, CUE_SCORE, "position"))
        for m in SIGNED_INITIAL.finditer(text):
            key = gazetteer.fold(m.group("next"))
            if key in gaz.first_names or not gaz.is_english(key) and key not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), WEAK_SCORE, "sign-off"))
        return out

    def _full_name_goes_on(self, m) -> int | None:
        """Where a full name said in lower case ends, if "full name is" goes on past a listed first
        name with names no dictionary has: "his full name is dean anthony lister" (never "his full
        name is down on the form")."""
        after = LOWER_NAME_GOES_ON.match(m.string, m.end("name"))
        if "full" not in m.group(0).lower() or after is None or m.group("name") not in self.gaz.first_names:
            return None
        words = after.group(1).split()
        while words and not ((words[-1] in self.gaz.first_names or words[-1] in self.gaz.surnames)
                             and not self.gaz.is_english(words[-1])):
            words.pop()
        return after.start(1) + len(" ".join(words)) if words else None

    def _surname_after(self, text, at):
        """The end of a Capitalised surname right after ``at`` ("will Dransfield", "kasha
        Lewandowska"): a listed surname or a word no dictionary or place list has; else None."""
        m = SURNAME_NEXT.match(text, at)
        if not m:
            return None
        key = gazetteer.fold(m.group(1))
        if key in self.generic or self.gaz.is_cue(m.group(1)) or key in self.gaz.places:
            return None
        if (key in self.gaz.surnames and not self.gaz.is_ambiguous(key)) or not self.gaz.is_english(key):
            return m.end(1)
        return None

    def _initials_by_place(self, text):
        """Initials and user names that only their place shows: an entry signed off at its end
        (". KAM", "- W.", "thanks T."), a list of staff ("from LB, TM, KAM and SK"), a log line's
        user after its time stamp ("15/10/2024 11:30  tmahmood   Type: ..."), a form's "WROBEL,
        Oskar", a hyphenated pair of initials before a surname ("K-A Marsh"), a time-stamped
        line holding only a name ("23/01/2025 15:50  Dawn Skelby")."""
        gaz, out = self.gaz, []

        def plain(code):
            return code not in NOT_INITIALS and code not in ROLE_INITIALS and code.lower() not in self.generic \
                and not gaz.is_cue(code)
        def signing(code):  # after a sentence, at a line's end, "IS" and "RD" sign: no word, no road
            return plain(code) or (code in NOT_INITIALS and code not in SIGN_OFF_NOT_INITIALS
                                   and code not in ROLE_INITIALS)
        for m in SIGNED_INITIALS.finditer(text):
            group = next(g for g in ("initials", "initials2", "initials3", "initials4") if m.group(g))
            code = m.group(group)
            closed = text[m.end(group):m.end(group) + 1]  # a stop, a closing quote or bracket: signed
            if group == "initials3" and closed != "." and (gaz.is_english(code.lower()) or code in NOT_INITIALS_IN_BRACKETS
                                                             or (code in NOT_INITIALS and closed not in ('"', "”", "]", ")"))):
                continue  # "Has an EHCP - YES", "Review - TBC": an answer, not a signature
            if group == "initials4" and (not plain(code) or gaz.is_english(code.lower()) or code.lower() in text_speak()
                                         or code in gazetteer.glossary_letters() or code in CLOSING_CODES):
                continue  # "...agreed.\n\nNFA", "END", "TBC": how a note closes, not who wrote it
            if group == "initials4" and code == _letters_of_line_above(text, m.start()):
                continue  # "Lead clinician (reviewer)\n\nLC": the role's letters the line above spells
            if signing(code) and (group == "initials4" or not in_caps_line(text, m.start(group), m.end(group))):
                out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "initials"))
        for rx in (ACTING_INITIALS, ACTION_INITIALS):
            for m in rx.finditer(text):
                code = m.group("code")
                # (two letters the allow list keeps, a title's or a treatment's, act as a person too)
                kept = re.fullmatch(r"[A-Z]{2}", code) and code not in ROLE_INITIALS | SIGN_OFF_NOT_INITIALS \
                    and not gaz.is_cue(code)
                if (signing(code) or kept) and not in_caps_line(text, m.start("code"), m.end("code")) \
                        and gazetteer.initials_as_a_person(text, m.start("code"), m.end("code")):
                    # (two letters doing what only a person does are someone's, even letters the
                    # allow list keeps for a treatment: "GA speaks to Head of Year", "GA to ring back")
                    # (never letters a note writes as a word, "VM asked for call back", or the
                    # glossary's, "CP agreed")
                    how = "by-initials" if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_INITIALS \
                        and code not in gazetteer.glossary_letters() else "initials"
                    out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, how))
        for m in KIN_INITIALS.finditer(text):
            code = m.group("code")
            if code not in HELD_BY_KIN and code not in ROLE_INITIALS and code not in KIN_NEEDS \
                    and code not in TEAM_LETTERS and not self.gaz.is_cue(code) and code not in gazetteer.glossary_letters():
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))
        for m in PARENTS_INITIALS.finditer(text):
            pair = m.group("second") is not None
            for group in ("first", "second") if pair else ("first",):
                code = m.group(group)
                if code not in HELD_BY_KIN and code not in TEAM_LETTERS and (pair or plain(code)):
                    out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "position"))
            if pair or plain(m.group("first")):
                child = CHILD_THEN_PARENTS.search(text, max(0, m.start() - 6), m.end())
                if child and (pair or plain(child.group("code"))) and child.group("code") not in TEAM_LETTERS \
                        and child.group("code") not in ROLE_INITIALS:
                    out.append(self._result(child.start("code"), child.end("code"), CUE_SCORE,
                                            "position" if pair else "initials"))  # (placed: past the allow list's "AP")
        for m in [*DATED_INITIALS.finditer(text), *CELL_DATED_INITIALS.finditer(text), *CASE_HEAD_INITIALS.finditer(text),
                  *REF_HEAD_INITIALS.finditer(text), *TABLE_HEAD_INITIALS.finditer(text), *HEADING_HELD_INITIALS.finditer(text)]:
            code = m.group("code")  # (never an abbreviation's: "Connor Marsh - AR 07/02/2025", the annual review)
            # (heading a case before its reference, a word's letters too: "### 2a. AN / SIA-2025-0412")
            heading = m.re in (CASE_HEAD_INITIALS, REF_HEAD_INITIALS, TABLE_HEAD_INITIALS, HEADING_HELD_INITIALS) \
                and code not in ROLE_INITIALS and code not in gazetteer.glossary_letters() \
                and code not in gazetteer.council_acronyms()
            if m.re is REF_HEAD_INITIALS and code.lower() in self.generic:
                continue  # (a kept abbreviation after a reference: "ESA-25-0113 - WCA booked")
            if (plain(code) or heading) and code not in SUBJECTS and code not in TEAM_LETTERS:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE,
                                        "initials" if plain(code) else "position"))  # (placed: past the allow list)
        for m in NICK_AFTER_FIRST.finditer(text):
            first, nick = gazetteer.fold(m.group("first")), gazetteer.fold(m.group("nick"))
            if first in gaz.first_names and not gaz.is_ambiguous(first) and nick not in self.generic and nick not in STOP_WORDS \
                    and (nick in PET_NICKNAMES or not gaz.is_english(nick) and not gaz.near_english(nick)
                         or nick in gaz.first_names and not gaz.is_ambiguous(nick)) \
                    and not gaz.is_cue(m.group("nick")) and not gaz.is_title(nick) and nick not in gaz.calendar \
                    and nick not in gaz.places and nick not in KIN_TITLES and nick not in HEADER_WORDS:
                out.append(self._result(m.start("nick"), m.end("nick"), CUE_SCORE, "nickname"))
        for m in CASE_HEADING.finditer(text):
            code = m.group("code")
            named = m.group("name") is not None and gazetteer.fold(m.group("name")) not in self.generic \
                and not gaz.is_cue(m.group("name")) and gazetteer.fold(m.group("name")) not in gaz.places \
                and (gazetteer.fold(m.group("name")) in gaz.first_names or not gaz.is_english(m.group("name"))
                     or gazetteer.fold(m.group("name")) in PET_NICKNAMES)
            worker = HEADING_WORKER.search(m.group("rest")) is not None
            # (a case's details and its reference after the letters make them the case's, whatever they
            # abbreviate: "### IRP (3, Wivey) – KA – 0659", "## 5. MAR – SM – BSS-25-1230")
            cased = worker and HEADING_REFERENCE.search(m.group("rest")) is not None and code not in HEADING_LETTERS \
                and len(code.replace("-", "")) <= 3 and code not in KIN_NEEDS  # (never "### EHCP (Yr9) – KM – 24/1187", "ASD")
            if code in TEAM_LETTERS or code in ROLE_INITIALS or gaz.is_cue(code) or code in gazetteer.council_acronyms() \
                    or not named and not cased and (code in HEADING_LETTERS or code in gazetteer.glossary_letters()
                                                    or code.lower() in self.generic and not (worker and len(code) == 2)):
                continue  # ("- EHCP – TW: timescales slipping", "- LA (Rochdale) – TW": a kept word's letters;
                # a word's two letters with the worker's after them are a child's: "- ON – MW: called mum back")
            if named:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "nickname"))  # "### EC (Bear) – RT"
            strong = named or worker
            # (a word's or a subject's letters only with the child's name in brackets or the worker's initials
            # after them: "- ON (Oliwia) – MW:", "### PE – MW: mum rang")
            if not strong and (code in SUBJECTS or gaz.is_english(code.lower()) or not plain(code)):
                continue
            if strong or m.group().lstrip().startswith("#"):
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))
                if m.group("details") or cased:
                    rest = m.group("rest")
                    for w in HEADING_WORKERS.finditer(rest):
                        previous = re.split(r"[ \t]+[–—-][ \t]+", rest[:w.start()].rstrip(" \t–—-"))[-1].strip(" \t*")
                        if w.start() != 0 and rest[w.end():].strip(" \t*") \
                                and not re.fullmatch(r"[A-Z]{2,3}|(?:\d{2}/)?\d{4}|[A-Z]{2,6}[-/][\w/-]+", previous):
                            continue  # (a middle part only in a run of workers and references: "– KM – JC – 0674")
                        for group in ("code", "cover"):
                            found = w.group(group)
                            if found and found not in ROLE_INITIALS and found not in TEAM_LETTERS and found not in HEADING_LETTERS \
                                    and not gaz.is_cue(found) and found not in gazetteer.glossary_letters() \
                                    and found.lower() not in self.generic and found.lower() not in STOP_WORDS \
                                    and not (len(found) == 3 and gaz.is_english(found.lower())) and found not in RAG_WORDS:
                                at = m.start("rest") + w.start(group)
                                out.append(self._result(at, at + len(found), CUE_SCORE, "position"))
        for m in NAME_WITH_PLACE.finditer(text):
            key, place = gazetteer.fold(m.group("name")), gazetteer.fold(m.group("place"))
            if key in gaz.first_names and place in gaz.places and key not in gaz.places and key not in STOP_WORDS \
                    and key not in gaz.calendar and key not in self.generic and not gaz.is_cue(m.group("name")) \
                    and not gaz.is_title(m.group("name")):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "name with place"))
        for m in BOLD_SURNAME_FIRST.finditer(text):
            last, first = m.group("last"), m.group("first")
            if gazetteer.fold(first) in gaz.first_names and gazetteer.fold(first) not in self.generic \
                    and not gaz.is_cue(last) and not gaz.is_cue(first) and not gaz.is_title(last) \
                    and gazetteer.fold(last) not in STOP_WORDS and gazetteer.fold(last) not in gaz.calendar \
                    and (gazetteer.fold(last) in gaz.surnames or not gaz.is_english(last)):  # (never "**Update - Mia**")
                out.append(self._result(m.start("last"), m.end("last"), CUE_SCORE, "position"))
                out.append(self._result(m.start("first"), m.end("first"), CUE_SCORE, "position"))
        for m in CODE_DASH_NAME.finditer(text):
            pieces = re.split(r"[ \t]+", m.group("name"))
            letters = "".join("-".join(w[0] for w in p.split("-")) for p in pieces)
            if m.group("code") in (letters, letters.replace("-", "")) \
                    and gazetteer.fold(pieces[0]) in gaz.first_names and not gaz.is_cue(pieces[-1]):
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))
        for m in SHORT_O_SURNAME.finditer(text):
            if gazetteer.fold(m.group("first")) in gaz.first_names and gazetteer.fold(m.group("first")) not in STOP_WORDS:
                out.append(self._result(m.start("first"), m.end("abbr"), CUE_SCORE, "name"))
        for m in TYPIST_INITIALS.finditer(text):
            if m.group("code") not in ("am", "pm", "sic", "etc", "tbc", "nb"):
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in INITIALS_WITH_DETAILS.finditer(text):
            code = m.group("code")
            # (a word or an abbreviation too, but no role, subject, glossary term or team, and no
            # parents' forum's "DS (Alfie, 7, Y2)": dear son)
            if code not in ROLE_INITIALS and code not in SUBJECTS and code not in TEAM_LETTERS and code not in FORUM_KIN \
                    and code not in gazetteer.glossary_letters() and not gaz.is_cue(code) \
                    and (code not in _DAYS or HEADING_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
                    and not in_caps_line(text, m.start("code"), m.end("code")):
                # (past the allow list, which keeps "AM" and "CV" as words)
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "by-initials"))
        for m in INITIALS_BY_YEAR.finditer(text):
            code = m.group("code")
            if plain(code):  # (never "PE (Year 5)")
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
                # "TS & MS (Y3/Y1)": two children's initials before their year groups, even "MS"
                if m.group("code2") and m.group("code2") not in ROLE_INITIALS:
                    out.append(self._result(m.start("code2"), m.end("code2"), CUE_SCORE, "initials"))
        for rx in (INITIALS_WITH_AGE, POSSESSIVE_INITIALS, FAMILY_LETTER):
            for m in rx.finditer(text):
                code = m.group("code")
                if rx is FAMILY_LETTER and LETTER_NAMED.search(text, max(0, m.start() - 12), m.start()):
                    continue
                if (len(code) == 1 or "." in code or plain(code)) \
                        and not in_caps_line(text, m.start("code"), m.end("code")):
                    out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in FAMILY_SURNAME.finditer(text):
            key = gazetteer.fold(m.group("name"))
            # (its children as boys, girls or children only by a surname no dictionary has: "French
            # children", "Sharp boys" are no family; "Marsh twins" is)
            if key in gaz.surnames and key not in FAMILY_KINDS and key not in self.generic \
                    and not gaz.is_cue(m.group("name")) and key not in gaz.places \
                    and not (m.group("kind") in FAMILY_CHILDREN_WORDS and gaz.is_english(key)) \
                    and not in_caps_line(text, m.start("name"), m.end("name")):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "family"))
        for m in LOWER_MISS.finditer(text):
            key = m.group("name")
            # (never a child's or a parent's spelling of a word: "told miss alot", "said miss pleeease")
            if not gaz.is_english(key) and not gaz.near_english(key) and key not in STOP_WORDS and key not in text_speak() \
                    and not gaz.is_cue(key) and key not in self.generic and not re.search(r"(.)\1\1", key):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in LOWER_TITLE_LETTER.finditer(text):
            # (never her initial before her surname, which the title's rule reads whole: "mrs c. brandon-hughes")
            surname = re.match(r"\.?[ \t]*([a-z][a-z'’-]+)", text[m.end("letter"):m.end("letter") + 30])
            if surname and (surname.group(1) in gaz.surnames or not gaz.is_english(surname.group(1).split("-")[0])):
                continue
            out.append(self._result(m.start(), m.end("letter"), CUE_SCORE, "role-cue"))
        for m in MISSES_NAME.finditer(text):
            key = m.group("name")
            if key in gaz.surnames and not gaz.is_english(key) and key not in self.generic:  # (never "misses geog")
                out.append(self._result(m.start(), m.end("name"), CUE_SCORE, "role-cue"))
        for m in LOWER_FIRST_LETTER.finditer(text):
            key = m.group("first")
            if key in gaz.first_names and not gaz.is_english(key) and key not in STOP_WORDS and not gaz.is_cue(key) \
                    and key not in gaz.places and key not in text_speak():
                out.append(self._result(m.start(), m.end("letter"), CUE_SCORE, "role-cue"))
        for m in LOWER_KIN_WITH_AGE.finditer(text):
            if gazetteer.fold(m.group("name")) in gaz.first_names and m.group("name") not in STOP_WORDS:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in INITIAL_AND_MC.finditer(text):
            out.append(self._result(m.start(), m.end(), CUE_SCORE, "initials"))
        for m in SURNAME_THEN_MONTH_NAME.finditer(text):
            # "husband Chen Jun translates", "Mr Chen Jun and Mrs Li": a given name that is a month's
            # short form after a surname written first (never "Mon Jun 3", a date's)
            key = gazetteer.fold(m.group("surname"))
            if key in gaz.surnames and key not in gaz.calendar and m.group("surname").upper() not in _DAYS \
                    and not gaz.is_english(key) and not gaz.is_cue(m.group("surname")):
                out.append(self._result(m.start(), m.end(), CUE_SCORE, "name"))
        for m in ROLE_BEFORE_INITIALS.finditer(text):
            code, role = m.group("code"), m.group("role")
            # "Referred to IS (PB)", "the EP (AK) will visit": whoever holds the role, by her letters;
            # never the role's own letters ("Educational Psychologist (EP)", "Child in Need (CIN)")
            if (gaz.is_cue(role) or role in ROLE_INITIALS or role == SUPPORTER_LETTERS) \
                    and code != "".join(w[0] for w in role.split()).upper() \
                    and code not in NOT_INITIALS and not gaz.is_cue(code) and code not in gazetteer.glossary_letters() \
                    and not in_caps_line(text, m.start("code"), m.end("code")):
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in TYPED_INITIALS.finditer(text):
            if signing(m.group("code")):  # (a kept one, "AP", stays kept: its copies are provision)
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for rx, listed_only in ((NAME_WITH_AGE, False), (NAME_WITH_YEAR, True), (NAME_BEFORE_YEAR, True)):
            for m in rx.finditer(text):
                key = gazetteer.fold(m.group("name"))
                named = key in gaz.first_names if listed_only else key in gaz.first_names or not gaz.is_english(key)
                # ("Chidera (15) Year 10": an age and then a year group, whatever the name)
                named = named or listed_only and not gaz.is_english(key) and key not in gaz.places \
                    and re.match(r"[ \t]+(?:Year|Yr|Y)[ \t]?\d", text[m.end():m.end() + 10]) is not None
                if named and key not in STOP_WORDS and key not in gaz.calendar and not gaz.is_cue(m.group("name")) \
                        and key not in gaz.titles and not (listed_only and key in self.generic) \
                        and not (rx is NAME_BEFORE_YEAR and key in TAUGHT_SUBJECTS):
                    out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
                # "- **May (Y3)** (Ellie) - new case": a month that is a name, heading a case with a year group
                elif listed_only and key in gaz.calendar and key in gaz.first_names \
                        and re.search(r"\((?:Y|Yr|Year|Reception|Nursery)", m.group()) \
                        and HEADING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in NAME_BEFORE_WHOSE.finditer(text):
            name, key = m.group("name"), gazetteer.fold(m.group("name"))
            # (a first name even where it is a word: "will" before "(his 1:1)" is no verb)
            if key in gaz.first_names and not WORD_OWNED_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    and key not in gaz.calendar and key not in gaz.titles and key not in self.generic \
                    and not gaz.is_cue(name) and (gaz.is_cue(m.group("role")) or m.group("role").lower() in WHOSE_ROLES):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        # ... of two words, its first perhaps two capitals: "TJ Brierley (Y3)" (never "PE Kit (Y4)",
        # "Dahl Class (Y4)": a subject's letters, a class)
        for m in PUPIL_WITH_YEAR.finditer(text):
            words_ = m.group("name").split()
            keys = [gazetteer.fold(w) for w in m.group("name").replace("-", " ").split()]
            if any(k in self.generic or k in gaz.titles or k in STOP_WORDS for k in keys) or words_[0] in NOT_INITIALS \
                    or all(gaz.is_english(k) for k in keys) or gaz.is_english(keys[-1]) and keys[-1] not in gaz.surnames \
                    or class_name(text, m.start("name"), m.start("name") + len(words_[0]), gaz.is_english):
                continue
            # (above NER's score: its guess of the same words must not stand for this rule's reading)
            out.append(self._result(m.start("name"), m.end("name"), NER_SCORE + 0.02, "position"))
        for m in NAME_FROM_BODY.finditer(text):
            name, body = m.group("name"), m.group("body").split()[0]
            key, body_key = gazetteer.fold(name), gazetteer.fold(body)
            if key not in gaz.first_names or key in STOP_WORDS or key in gaz.calendar or gaz.is_cue(name):
                continue
            if name.islower() and gaz.is_english(name) and (
                    WORD_BEFORE_BODY.search(text, max(0, m.start() - 12), m.start()) or m.group("body").islower()
                    and gaz.is_english(m.group("body"))):
                continue  # "no hope from camhs", "i will at": in lower case a word here ("dawn at sendiass told
                # me", "summer from camhs said": a worker)
            # the body: a name the allow list keeps that is no word ("IPSEA", "sendiass", "Rotherham")
            if body_key in self.generic and not gaz.is_english(body) and body_key not in gaz.calendar:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in SAID_TWICE.finditer(text):
            key = m.group("name")
            if key in gaz.first_names and key not in STOP_WORDS and key not in gaz.calendar \
                    and key not in self.generic and not gaz.is_cue(key) \
                    and not PRONOUN_BEFORE.search(text, max(0, m.start() - 8), m.start()):  # "i hope hope this helps"
                # ... and the listed surname said after it ("my daughter hope hope tanner")
                last = LOWER_WORD_AFTER.match(text, m.end())
                end = last.end("word") if last and last.group("word") in gaz.surnames and not self._said_word(
                    last.group("word")) and last.group("word") not in text_speak() else m.end()
                out.append(self._result(m.start("name"), end, CUE_SCORE, "role-cue"))
        for m in INTRODUCED_WITH_POST.finditer(text):
            words_ = m.group("name").split()
            if words_[0] in gaz.first_names and not any(w in STOP_WORDS or gaz.is_cue(w) for w in words_):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in INTRODUCED_FROM_BODY.finditer(text):
            words_, body = m.group("name").split(), m.group("body")
            # the body: a name the allow list keeps that is no word ("Haringey", "SENDIASS", "IPSEA")
            if (gazetteer.fold(body) in self.generic or gazetteer.fold(body) in gazetteer.authorities()[0]) \
                    and not gaz.is_english(body) and not any(
                    gazetteer.fold(w) in STOP_WORDS or gaz.is_cue(w) or gaz.is_title(w) or gazetteer.fold(w) in self.generic
                    for w in words_):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "role-cue"))
        for m in INITIALS_BY_REF.finditer(text):
            group = "code" if m.group("code") else "code2"
            code = m.group(group)
            # (at a list item's start, beside its reference, even "IS" or "SW" is a family's)
            listed = group == "code" and m.group("item") is not None
            # ("IS" is a word and here Isla Shaw's; "FW" a mail's forward; "LA", "EP" stay abbreviations)
            if listed and (code.lower() not in self.generic or code not in NOT_INITIALS or code.lower() in STOP_WORDS) \
                    and code not in ROLE_INITIALS and not gaz.is_cue(code) \
                    or plain(code) and not in_caps_line(text, m.start(group), m.end(group)):
                out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "initials"))
        for m in SPACED_INITIALS_BY_REF.finditer(text):
            group = "code" if m.group("code") else "code2"
            out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "initials"))
        for m in INITIALS_DEFINED.finditer(text):
            code, name = m.group("code"), m.group("name")
            words_ = re.split(r"[ \t-]+", name)
            letters = "".join(w[0] for w in words_)
            # a person's name, not an acronym's expansion ("PE - Physical Education", "OT: Occupational Therapy")
            named = any(gazetteer.fold(w) in gaz.first_names or gazetteer.fold(w) in gaz.surnames for w in words_) \
                and not all(gaz.is_english(w) for w in words_)
            if letters == code and code not in ROLE_INITIALS and named:
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in CUED_INITIALS.finditer(text):
            code = m.group("code")
            if plain(code) and gazetteer.initials_as_a_person(text, m.start("code"), m.end("code")) \
                    and not in_caps_line(text, m.start("code"), m.end("code")):
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in LABELLED_INITIALS.finditer(text):
            group = next(g for g in ("code", "code2", "code3", "code4") if m.group(g))
            code = m.group(group)  # "Allocated: NB": after a worker's label, no nota bene
            if group == "code4" and (code in SIGN_OFF_NOT_INITIALS or code in CALLBACK_NOT_WORKER):
                continue  # "Callback LVM", "callback EOD": what was done or when, no one
            if code not in NO_WORKER and code not in ROLE_INITIALS and code not in ("AM", "PM", "N A") \
                    and not gaz.is_cue(code) and code not in gazetteer.council_acronyms():
                # ("Callback: AM": when, not who; "Transfer to DCC": the county council)
                out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "position"))
        for m in ACTION_OWNER.finditer(text):
            if signing(m.group("code")) and m.group("code") not in TEAM_LETTERS:  # ("Actions (ST):")
                out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "initials"))
        for m in LETTER_INITIALS.finditer(text):
            typist = m.group("typist")
            if plain(m.group("writer")) and typist not in STOP_WORDS and not gaz.is_english(typist) \
                    and not gaz.is_cue(typist):
                out.append(self._result(m.start("writer"), m.end("writer"), CUE_SCORE, "initials"))
                out.append(self._result(m.start("typist"), m.end("typist"), CUE_SCORE, "initials"))
        for m in INITIALS_LIST.finditer(text):
            codes = list(INITIALS.finditer(m.group()))
            if len(codes) >= 3 and all(plain(c.group()) for c in codes):
                out += [self._result(m.start() + c.start(), m.start() + c.end(), CUE_SCORE, "initials")
                        for c in codes]
        for m in LOG_USER.finditer(text):
            if not gaz.is_english(m.group("user").rstrip("0123456789")):
                out.append(self._result(m.start("user"), m.end("user"), POSITION_SCORE, "position"))
        for m in HYPHENED_GIVEN_CAPS.finditer(text):
            head = m.group("given").lower().split("-")[0]
            if not gaz.is_english(head) and not gaz.is_english(m.group("given").lower()) \
                    and m.group("given").lower() not in self.generic and not in_caps_line(text, m.start(), m.end()):
                out.append(self._result(m.start(), m.end(), POSITION_SCORE, "position"))  # ("Drop-in CAMHS" stays)
        for m in CAPS_SURNAME_FIRST.finditer(text):
            if gazetteer.fold(m.group("first")) in gaz.first_names and plain(m.group("last")) \
                    and not gaz.is_english(m.group("last")) \
                    and not in_caps_line(text, m.start(), m.end()):
                second = m.group("second") and gazetteer.fold(m.group("second"))
                named = second and len(second) >= 3 and not re.match(r"[ \t]*\d", text[m.end():m.end() + 3]) \
                    and (second in gaz.first_names or not gaz.is_english(second)) \
                    and second not in self.generic and not gaz.is_cue(m.group("second")) and second not in gaz.places
                out.append(self._result(m.start(), m.end() if named else m.end("first"), POSITION_SCORE, "position"))
        for m in HYPHEN_INITIALS.finditer(text):
            key = gazetteer.fold(m.group("last"))
            if key in gaz.surnames or not gaz.is_english(key):
                out.append(self._result(m.start(), m.end(), POSITION_SCORE, "position"))
        for m in STAMPED_NAME.finditer(text):
            keys = [gazetteer.fold(w) for w in m.group("name").split()]
            if any(k in gaz.first_names or k in gaz.surnames for k in keys) \
                    and not any(k in self.generic or gaz.is_cue(k) for k in keys):
                out.append(self._result(m.start("name"), m.end("name"), POSITION_SCORE, "position"))
        return out

    def _header_names(self, text):
        """E-mail headers name people surname first ("From: Hellaby, Rob", "To: Armthorpe,
        Frank; Grace Wickersley"): a capitalised word, a comma and a listed first name."""
        out = []
        for line in HEADER_LINE.finditer(text):
            for m in SURNAME_FIRST.finditer(line.group("people")):
                # ("Pemberton, Dionne <dionne.pemberton@...>": her address spells both words)
                rest = line.group("people")[m.end():m.end() + 80].lower()
                spelled = "@" in rest and m.group(1).lower() in rest.split("@")[0] \
                    and m.group(2).lower() in rest.split("@")[0]
                if (gazetteer.fold(m.group(2)) in self.gaz.first_names or spelled) \
                        and gazetteer.fold(m.group(1)) not in self.generic:
                    at = line.start("people")
                    out.append(self._result(at + m.start(1), at + m.end(2), TITLE_SCORE, "header"))
            # "From: jay m <jaydenmould08@outlook.com>": a display name in any case, with a listed
            # name in it and no word of an organisation's ("Rotherham SENDIASS <info@...>")
            for m in DISPLAY_NAME.finditer(line.group("people")):
                words = [gazetteer.fold(w) for w in re.findall(r"[^\W\d_]+", m.group("name"))]
                local = m.group()[m.group().rfind("<") + 1:].split("@")[0].casefold()
                # (or a name of capitalised words the address spells a part of: "Chi Okonkwo
                # <chiamaka.o.adeyemi@...>", her own address)
                spelled = 2 <= len(words) <= 3 and all(is_capitalised(w) for w in m.group("name").split()) \
                    and any(len(w) >= 3 and w in local for w in words) and not any(
                        self.gaz.is_english(w) and w not in self.gaz.first_names or w in self.gaz.places for w in words)
                # (or in lower case, a short form the address spells and goes on past: "chi chi
                # <chiomaokonkwo.82@...>"; never "office <office@...>")
                letters = re.sub(r"[^a-z]", "", local)
                short_form = m.group("name").islower() and words and all(len(w) >= 2 and w in letters for w in words) \
                    and len(letters) > len("".join(words)) + 2 \
                    and not any(len(w) >= 4 and self.gaz.is_english(w) for w in words)  # ("admissions <admissions.office@")
                if words and (spelled or short_form
                              or any(w in self.gaz.first_names or w in self.gaz.surnames for w in words if len(w) > 1)) \
                        and not any(w in self.generic or w in GENERIC_DISPLAY for w in words):
                    at = line.start("people")
                    # "Helen Ridgeway MP <...>": letters after a name are no part of it
                    post = re.search(r"(?:[ \t]+(?:[A-Z]{2,5}|PhD|MSc|BSc|Hons))+$", m.group("name"))
                    end = m.end("name") - (len(post.group()) if post and post.start() > 0 else 0)
                    out.append(self._result(at + m.start("name"), at + end, TITLE_SCORE, "header"))
        return out

    def _scanned_names(self, text):
        """Names in a scanned letter read by OCR: 1 for l, 0 for O and l for I inside a word
        ("Danie11e", "Ma1ik", "0'Connell", "lsla"). Read as letters, a word that is a listed name,
        or any such word right after a title, is a name."""
        out = []
        for m in OCR_WORD.finditer(text):
            token = m.group()
            if len(token) < 4 or sum(c.isalpha() for c in token) < 3:
                continue  # "A1", "B12": too short to be a misread name
            read = token.replace("1", "l").replace("0", "O" if token[:1] == "0" else "o")
            if read[:1] == "l" and read[1:2] not in "aeiouly" and read[1:2].isalpha():
                read = "I" + read[1:]  # "lsla": no English word starts "ls"
            if read == token:
                continue
            parts = [gazetteer.fold(read)] + [gazetteer.fold(x) for x in re.split(r"[-']", read) if len(x) > 1]
            known = any(x in self.gaz.first_names or x in self.gaz.surnames or x in self.gaz.places
                        for x in parts)
            prev = text[max(0, m.start() - 20):m.start()].split()
            titled = bool(prev) and (self.gaz.is_title(prev[-1].rstrip(".")) or (
                is_capitalised(prev[-1]) and gazetteer.fold(prev[-1]) in self.gaz.first_names))
            if known and not titled and (self.gaz.is_english(parts[0]) and parts[0] not in self.gaz.first_names
                                         or parts[0] in self.generic or parts[0] in gazetteer.authorities()[0]):
                continue  # "Barns1ey", "R0CHDALE", the LA's kept name; "Hea1th", a word
            if known or titled:
                out.append(self._result(m.start(), m.end(), TITLE_SCORE if titled else GAZETTEER_SCORE,
                                        "scanned"))
        return out

    def _place_surnames(self, text):
        """Many local surnames are villages, suburbs or estates ("Dawn Maltby", "Mrs Hoyland",
        "Wombwell (dad)"): a place word is a surname, and the name a person's, when a first name
        (even one that is also a word, "Dawn", "June") or a title stands just before it, or a role
        cue just after it. The place gazetteer alone would type it a place and leave the first
        name in clear."""
        out = []
        ws = words(text)
        for i, w in enumerate(ws):
            base_end = strip_possessive(text, w.start, w.end)[1]
            base = text[w.start:base_end]
            if not is_capitalised(base) or gazetteer.fold(base) not in self.gaz.places \
                    or gazetteer.LA_BODY_AFTER.match(text, base_end) or self._names_a_setting(text, base_end) \
                    or gazetteer.fold(base) in gazetteer.authorities()[0] and AUTHORITY_LETTERS_AFTER.match(text, base_end):
                continue  # (a council's town: "Chase Portsmouth City Council re ...", "Chase Coventry SEND re ...")
            prev = ws[i - 1] if i else None
            before = ws[i - 2] if i >= 2 else None
            first_name = prev is not None and is_capitalised(prev.text) and (
                all(p in self.gaz.first_names for p in gazetteer.fold(prev.text).split("-"))  # "Anne-Marie"
                or (before is not None and self.gaz.is_title(before.text)  # "Dr Lucinda Marr"
                    and text[before.end:prev.start] in (" ", ". ") and not self.gaz.is_english(prev.text)))
            if prev is not None and text[prev.end:w.start] in (" ", ". ") and (
                    self.gaz.is_title(prev.text) or (
                        text[prev.end:w.start] == " " and first_name
                        and gazetteer.fold(prev.text) not in self.gaz.places)):
                start = w.start if self.gaz.is_title(prev.text) else prev.start
                out.append(self._result(start, base_end, PLACE_SURNAME_SCORE, "place-surname"))
            elif self._cues(text, w)[1]:
                out.append(self._result(w.start, base_end, PLACE_SURNAME_SCORE, "place-surname"))
        return out

    def _names_a_setting(self, text, end) -> bool:
        """A setting's kind after a place word, no role or capitalised word after the kind: "Arden Croft
        School,9,SLD" is the school; "Lisa Goldthorpe School Nurse", "Sian Rossington Nursery Manager"
        are people."""
        kind = SETTING_KIND_AFTER.match(text, end)
        if kind is None:
            return False
        nxt = re.match(r"[ \t]+([A-Za-z][\w'’-]*)", text[kind.end():kind.end() + 40])
        return nxt is None or not (nxt.group(1)[:1].isupper() or self.gaz.is_cue(nxt.group(1)))

    def _nicknames(self, text):
        out = [self._result(m.start("name"), m.end("name"), CUE_SCORE, "nickname")
               for m in chain(NICKNAME_FIELD.finditer(text), NAME_THEN_PREFERRED.finditer(text),
                              NAME_SAID_AS.finditer(text))
               if gazetteer.fold(m.group("name")) not in self.generic]
        # (in brackets only a listed name or no word: never "(Toileting at home)", "(Happy at home)")
        out += [self._result(m.start("name"), m.end("name"), CUE_SCORE, "nickname")
                for m in NICKNAME_BRACKET.finditer(text)
                if gazetteer.fold(m.group("name")) not in self.generic and (
                    gazetteer.fold(m.group("name")) in self.gaz.first_names or not self.gaz.is_english(m.group("name")))]
        # "my family call me Sums or Summer-bug": names said after calling, unquoted, capitalised
        for m in CALLED_NAMES.finditer(text):
            for name in re.finditer(r"[A-Z][\w'’-]+", m.group("names")):
                key = gazetteer.fold(name.group())
                others = [gazetteer.fold(n) for n in re.findall(r"[A-Z][\w'’-]+", m.group("names")) if gazetteer.fold(n) != key]
                if m.group("likes") is not None and (key in self.generic or key in self.gaz.calendar or key in text_speak()
                                                     or self.gaz.is_english(key) and key not in self.gaz.first_names
                                                     and key not in PET_NICKNAMES
                                                     and not any(o[:3] == key[:3] for o in others)):
                    continue  # ("he goes by Bus", "the EP to be called Tuesday"; a short form of the other is a
                    # name: "called Summer or Sums")
                if key not in STOP_WORDS and not self.gaz.is_cue(name.group()):
                    at = m.start("names") + name.start()
                    out.append(self._result(at, at + len(name.group()), CUE_SCORE, "position"))
        for m in I_CALL.finditer(text):
            if gazetteer.fold(m.group("name")) not in self.generic and not self.gaz.is_cue(m.group("name")):
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for line in re.finditer(r"[^\n]+", text):
            if NICKNAME_LINE.search(line.group()):
                quoted = list(QUOTED_NAME.finditer(line.group()))
                if CALLED_LINE.search(line.group()):
                    quoted += QUOTED_TWO_WORD_NAME.finditer(line.group())
                for m in quoted:
                    key = gazetteer.fold(m.group(1))
                    start = line.start() + m.start(1)
                    if CSV_CELL_OPEN.match(line.group(), m.start()) and CSV_CELL_CLOSE.match(line.group(), m.end() - 1):
                        continue  # '"Mother",' in an export whose notes say 'prefers': a cell's quotes
                    if " " in m.group(1) and m.group(1)[:1].islower() and self.gaz.is_english(key.split()[-1]):
                        continue  # 'little Man', 'baby Bear': a pet name, no one's name
                    if key not in self.generic:
                        out.append(self._result(start, start + len(m.group(1)), CUE_SCORE, "nickname"))
                    elif not self.gaz.is_english(key) and not self.gaz.is_cue(m.group(1)):
                        # 'Goes by "Dari"': a name in quotes after its cue, even one the allow list
                        # keeps elsewhere (Dari the language): placed, past the allow list
                        out.append(self._result(start, start + len(m.group(1)), CUE_SCORE, "position"))
        for m in QUOTE_SIGNED_INITIALS.finditer(text):
            out.append(self._result(m.start("code"), m.end("code"), CUE_SCORE, "position"))
        for m in NAME_AND_SPOUSE.finditer(text):
            if gazetteer.fold(m.group("name")) in self.gaz.first_names and gazetteer.fold(m.group("name")) not in self.generic:
                out.append(self._result(m.start("name"), m.end("name"), CUE_SCORE, "position"))
        for m in INITIAL_SIGNED_ABOVE_NAME.finditer(text):
            rest = re.findall(r"[A-Z][a-z'’]+", m.group()[m.end("first") - m.start():])
            if gazetteer.fold(m.group("first")) in self.gaz.first_names and m.group("letter") not in ("A", "I") \
                    and rest and not any(self.gaz.is_english(w) or gazetteer.fold(w) in self.generic for w in rest):
                out.append(self._result(m.start("letter"), m.end("letter"), CUE_SCORE, "position"))
        for m in NAME_IN_ITS_SCRIPT.finditer(text):
            roman = [gazetteer.fold(w) for w in re.split(r"[ -]", m.group("roman") or m.group("roman2"))]
            if any(w in self.gaz.first_names or w in self.gaz.surnames for w in roman) \
                    and not any(w in self.generic for w in roman):
                group = "name" if m.group("name") else "name2"
                out.append(self._result(m.start(group), m.end(group), CUE_SCORE, "position"))
        return out

    def _from_ner(self, text, nlp_artifacts):
        out = []
        for ent in nlp_artifacts.entities:
            if ent.label_ != PERSON:
                continue
            for start, end in self._clean_span(text, ent.start_char, ent.end_char):
                lead = re.match(r"[A-Z]\.[ \t]+(?=\w)", text[start:end])
                label = text[max(0, start - 14):start].split()
                if lead and label and (label[-1].lower() in LABELS_BEFORE_LETTER or label[-1].lower() in LETTERED_THINGS):
                    start += lead.end()  # "Section F. Harriet said": the section's letter is no initial
                cut = re.search(r"[ \t]*<", text[start:end])
                if cut and cut.start() > 0:
                    end = start + cut.start()  # "Chi Okonkwo <chiamaka.o...": the name, not its address
                span = text[start:end]
                key = gazetteer.fold(span)
                if key in self.gaz.places and key not in self.gaz.first_names:
                    continue  # "Maltby" is a village, whatever NER thinks
                if " " not in key and self.gaz.is_english(key) and (span.islower() or not (
                        key in self.gaz.first_names or key in self.gaz.surnames)):
                    continue  # one common English word ("title", "Contributor", "Affirmer") is no name
                if " " in key and re.match(r"[ \t]*:", text[end:end + 3]) and all(
                        self.gaz.is_english(k) and k not in self.gaz.first_names and k not in self.gaz.surnames
                        for k in key.split()):
                    continue  # "First Name: Not Known": a form's label of dictionary words
                if " " in key and re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+\b", text[end:end + 20]) \
                        and all(self.gaz.is_english(k) for k in key.split()) \
                        and not all(k in self.gaz.first_names or k in self.gaz.surnames for k in key.split()):
                    continue  # "Highly Specialist Speech (and Language Therapist)": a post's words, no one
                after = WORD_NOT_AFTER_A_NAME.match(text, end)
                if " " not in key and self.gaz.is_english(key) \
                        and (SENTENCE_OPENS.search(text, max(0, start - 4), start) or sentence_initial(text, start)) \
                        and after and (key in MODAL_NAMES or after.group(1).lower() not in SUBJECT_PRONOUNS):
                    continue  # "Said the new teacher shouts", "Will the school", "Mark the date": a verb
                    # opening the sentence (a name opening one has its verb after it: "Will rang")
                if " " not in span and re.match(r"-[a-z]{3}", text[end:end + 4]):
                    continue  # "Co" of "Assessment Co-ordinator": NER's piece of a hyphened word
                if span in LOG_SHORTHAND:
                    continue  # "wants cb after 4": a duty log's "call back", no one (never "(CB)" in capitals)
                if " " not in key and key in text_speak() and (span.islower() or not (
                        key in self.gaz.first_names or key in self.gaz.surnames)) and not _name_follows(text, end):
                    continue  # "yes plz", "yeh i put": a message's spelling, no one
                if " " not in span and class_name(text, start, end, self.gaz.is_english):
                    continue  # "(Class Rowan)", "Willow Class": a class named after a tree, no one
                if " " not in span and (start and text[start - 1].isdigit()
                                        or span.isupper() and len(span) <= 3 and re.match(r"\w", text[end:end + 1])):
                    continue  # "KT" of a tutor group "8KT": a piece of a longer code, no one (a handle's
                    # name before its digits is still one)
                if " " not in span and len(span) >= 4 and span.isupper() and not re.search(r"[AEIOUY]", span):
                    continue  # "SMBC", "CCBC": a body's letters, no vowel in them, no one's name
                if span in NOT_INITIALS:
                    continue  # "AR", "EP": NER's guess at a code more often an abbreviation; the rules
                    # for initials decide (a "Worker" column, a list of staff initials, a full name's)
                if len(span.strip(".")) == 1 and not TITLE_BEFORE_LETTER.search(text, max(0, start - 8), start):
                    continue  # "top-up band C": a lone letter is no name unless titled ("Mrs B")
                if any(ch.isdigit() for ch in span) or key in self.generic or SAINT_RE.match(span):
                    continue  # "St Bede's" is a school or a church: the school recognizer's
                known = self._has_known_name(span)
                if not known and " " not in span and text[start - 1:start] == "," and text[end:end + 1] == ",":
                    continue  # ",Inbound,": a CSV cell's one unknown word, its column's to judge (the column
                    # recognizer reads a person's; NER read it apart from the cells beside it)
                if not known and " " not in span and (_opens_line(text, start) or text[end:end + 1] == ":"):
                    continue  # "# Strategic concern", "Summary:": one unknown word opening a line
                if not known and " " not in span and a_thing_after_the(text, start, end, self.gaz):
                    continue  # "at the Guildhall", "the Attendence Officer"
                if in_caps_line(text, start, end) and not known:
                    continue  # NER guesses wildly in ALL-CAPS headings; the gazetteers decide there
                if from_reader(ent) and not reader_guess_holds(text, ent, start, end, self._listed_name, person=True):
                    continue
                out.append(make_result(self, apart(PERSON, ent), start, end, NER_SCORE, "ner"))
        return out

    def _listed_name(self, key: str) -> bool:
        return key in self.gaz.first_names or key in self.gaz.surnames

    def _clean_span(self, text, start, end):
        """Trim titles, possessives and punctuation; split where layout joined the span."""
        pieces = []
        parts = ner_pieces(text, start, end, empty_cells=True)
        # a chat's speaker ends at the colon ("Kath SENDIASS: Ha, one at a time"): what follows is
        # the message, a name there only if it is two words or no dictionary's word
        spoken = [SPEAKER_COLON.search(text, s, e) for s, e in parts]
        parts = [q for (s, e), c in zip(parts, spoken) for q in (
            [(s, c.start()), *([(c.end(), e)] if len(text[c.end():e].split()) > 1
                                or not self.gaz.is_english(text[c.end():e].strip(" ,.!?")) else [])] if c else [(s, e)])]
        for s, e in parts:
            if len(parts) > 1 and text[s:e].islower() and not self._has_known_name(text[s:e]):
                continue  # "Tamsin - quick one": the lower-case tail NER glued on
            ws = words(text[s:e])
            while ws and (self._not_name(ws[0].text) or len(ws) > 1 and ws[0].text.lower() in OWNERS_BEFORE_A_NAME):
                ws = ws[1:]  # "My Grandad Frank": the owner and the family's title before the name
            while ws and (self._not_name(ws[-1].text) or self._lower_word(ws[-1].text) or CONTRACTION.match(ws[-1].text)
                          or len(ws[-1].text) == 1 and text[s + ws[-1].end:s + ws[-1].end + 1].isdigit()  # "Ayaan Y4": a year group's letter
                          or gazetteer.fold(ws[-1].text).rstrip(".") in CONTACT_ABBREVIATIONS) \
                    and not self._surname_after_first(ws):
                ws = ws[:-1]  # "SENCO Mrs", "kelly rang": a role or an ordinary lower-case word
            while len(ws) > 1 and ws[-1].text in NOT_INITIALS and not ws[-2].text.isupper():
                ws = ws[:-1]  # "Mohamed Warsame AR moved": an annual review's letters after a name in
                # capitals and small letters, no initial of it
            # a kept abbreviation inside is no part of the name ("Becky FSW Ferncliffe", "Kath SENDIASS", "ToD Ms
            # Carvalho", "Omar SaLT")
            runs, run = [], []
            for w in ws:
                if MIXED_CASE_ABBREVIATION.fullmatch(w.text) or (  # (its capitals no name's: "ToD", "SaLT")
                        len(w.text) >= 2 and w.text.isupper() and gazetteer.fold(w.text) in self.generic
                        and gazetteer.fold(w.text) not in self.gaz.first_names and gazetteer.fold(w.text) not in self.gaz.surnames):
                    runs, run = runs + [run], []
                else:
                    run.append(w)
            for run in [*runs, run]:
                while len(run) > 1 and self._not_name(run[0].text):
                    run = run[1:]  # ("ToD Ms Carvalho": the title after the abbreviation)
                if run:
                    pieces.append(strip_possessive(text, s + run[0].start, s + run[-1].end))
        return pieces

    def _introduced(self, words: list[str]) -> bool:
        """The words a caller gave as her name ("series boswell", "shy on lee"): none a role, a kept
        word, text-speak, a filler or a verb's or an adverb's form, no function word at either end
        (one of two letters may stand between, a transcript's "an" for "Ann"), and a listed first
        name or a word no dictionary has among them ("this is really hard again" names no one)."""
        gaz = self.gaz
        if any(re.search(r"(.)\1\1", w) for w in words):
            return False  # "it's soooo hard again": a word said long, no name
        for i, w in enumerate(words):
            key = gazetteer.fold(w)
            inner = 0 < i < len(words) - 1 and len(w) <= 2
            if (key in STOP_WORDS and not inner) or key in FILLERS or CONTRACTED.search(w) or gaz.is_cue(w) \
                    or key in self.generic or key in gaz.titles or key in text_speak() or key in gaz.calendar \
                    or w.endswith(("ing", "ed", "ly")) and gaz.is_english(key) and key not in gaz.first_names:
                return False  # ("it's kicking off again"; but "kelly", "ted")
        return any(gazetteer.fold(w) in gaz.first_names or not gaz.is_english(gazetteer.fold(w))
                   and not gaz.near_english(gazetteer.fold(w)) for w in words if len(w) >= 3)

    def _lower_first_name(self, key: str) -> bool:
        """A word a lower-case writer uses as a first name: a listed one, no stop word, role or title."""
        return key in self.gaz.first_names and key not in STOP_WORDS and not self.gaz.is_cue(key) \
            and key not in self.gaz.titles

    def _surname_after_first(self, ws) -> bool:
        """"Jane Nurse", "Amir Dada": a capitalised listed surname right after a listed first
        name is the surname, even when the same word is a role cue."""
        if len(ws) < 2 or not is_capitalised(ws[-1].text):
            return False
        last = gazetteer.fold(ws[-1].text.removesuffix("'s").removesuffix("’s"))
        return last in self.gaz.surnames and gazetteer.fold(ws[-2].text) in self.gaz.first_names

    def _has_known_name(self, span: str) -> bool:
        """Some word of ``span`` is in the first-name or surname gazetteer."""
        return any(gazetteer.fold(w.text) in self.gaz.first_names or
                   gazetteer.fold(w.text) in self.gaz.surnames for w in words(span))

    def _lower_word(self, word: str) -> bool:
        key = gazetteer.fold(word)
        # (or a log's shorthand after a worker's letters: "TB wk of 10/3")
        return word.islower() and (key in self.gaz.english or key in LOG_SHORTHAND) and key not in self.gaz.first_names \
            and key not in self.gaz.surnames

    @staticmethod
    def _held(text: str, start: int, end: int) -> bool:
        """Whether the code at ``start:end`` is what someone holds ("both parents with PR", "nan has
        SGO", "with PR can attend"), not a worker's initials ("Seen with CP, TA and SENCO")."""
        verb = HELD_BEFORE.search(text, max(0, start - 40), start)
        return verb is not None and (verb.group("holder") is not None or verb.group("verb").lower() != "with"
                                     or HELD_GOES_ON.match(text, end) is not None)

    def _said_as(self, text: str, m: re.Match) -> list[tuple[int, int]]:
        """The words just before letters spelled on a call that are the name they spell, as the
        transcript heard it ("green away g r e e n a w a y", "mobs m o b b s", "she bangu sorry
        it's Tshibangu T S H ..."): up to two tries, a word to three each, only fillers between,
        each sounding like the letters; and the letters with them. Never a word the letters do not
        sound like, nor letters that spell a kept or English word ("e h c p", "h i v e")."""
        gaz = self.gaz
        letters = m.group().replace(" ", "").lower()
        if letters in self.generic or letters in self.generic_openers \
                or gaz.is_english(letters) and letters not in gaz.first_names and letters not in gaz.surnames:
            return []
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = max(line_start, m.start() - 70)
        words = list(re.finditer(r"[A-Za-z]+(?:['’][a-z]+)?", text[window:m.start()]))
        spelled = _sound(letters)
        spans, i = [], len(words) - 1
        while i >= 0 and len(spans) < 2:
            while i >= 0 and words[i].group().lower() in SAID_BETWEEN:
                i -= 1
            best = None
            for k in (1, 2, 3):
                group = words[i - k + 1:i + 1] if i - k + 1 >= 0 else []
                # (one phrase: only spaces between its words)
                if not group or any(text[window + a.end():window + b.start()] != " " for a, b in zip(group, group[1:])):
                    break
                said = "".join(w.group() for w in group).lower()
                if all(w.group().lower() in STOP_WORDS for w in group) or len(said) < 3:
                    continue
                ratio = difflib.SequenceMatcher(None, _sound(said), spelled).ratio()
                if ratio >= 0.75 and (best is None or ratio > best[0]):
                    best = (ratio, k)
            if best is None:
                break
            spans.append((window + words[i - best[1] + 1].start(), window + words[i].end()))
            i -= best[1]
        return spans + [(m.start(), m.end())] if spans else []

    def _said_word(self, word: str) -> bool:
        """A word a caller or a writer says where a name could stand that is none: a stop word, a
        month, a title, a role or a kept term ("it's mum here", "thanks\nall")."""
        key = gazetteer.fold(word)
        return key in STOP_WORDS or key in self.gaz.calendar or self._not_name(word)

    def _rank_before_role(self, text: str, ws: list, i: int) -> bool:
        """A rank word right before a role ("Senior Officer") or a word or two before one."""
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        return nxt is not None and text[ws[i].end:nxt.start] == " " and (
            self.gaz.is_cue(nxt.text) and gazetteer.fold(nxt.text) not in self.gaz.surnames
            or self._role_ahead(text, ws, i))

    def _role_ahead(self, text: str, ws: list, i: int) -> bool:
        """A role word two or three words after ``ws[i]``, every word between Capitalised and a
        dictionary's or in capitals, one space apart ("Senior SEN Officer")."""
        prev = ws[i]
        for k, w in enumerate(ws[i + 1:i + 4]):
            # (a role a letter broke at its line's end: "Senior Educational\n     Psychologist")
            if not re.fullmatch(r" |[ \t]*\r?\n[ \t]*", text[prev.end:w.start]):
                return False
            if self.gaz.is_cue(w.text):
                return k > 0
            if not (w.text.isupper() or is_capitalised(w.text)) or gazetteer.fold(w.text) in self.gaz.first_names:
                return False  # ("Senior SEN Casework Officer"; never "Senior Dawn ..." before a name)
            prev = w
        return False

    def _not_name(self, word: str) -> bool:
        """Titles, role words and generic vocabulary NER glues onto names ("SENCO Mrs Kaur")."""
        key = gazetteer.fold(word)
        if key.endswith("'s"):
            key, word = key[:-2], word[:-2]
        return key in self.gaz.titles or key in self.generic or self.gaz.is_cue(word)

    def _from_words(self, text):
        ws = words(text)
        out = []
        i = 0
        while i < len(ws):
            w = ws[i]
            base_end = strip_possessive(text, w.start, w.end)[1]
            base = text[w.start:base_end]
            key = gazetteer.fold(base)
            score, how = self._start_score(text, ws, i, base, key)
            if score is not None and how in ("first-name-weak", "surname") and self._in_label_row(text, w.start):
                score = None  # "Date,Day,Trainee": a table's header of dictionary words names no one
            if score is not None and class_name(text, w.start, base_end, self.gaz.is_english) and not ws[i].text.isupper():
                score = None  # "(Class Rowan)", "Willow Class": a class named after a tree
            if score is not None and key in gazetteer.VERB_NAMES and key not in self.gaz.calendar \
                    and (is_capitalised(base) or base.islower()) and gazetteer.as_a_word(text, w.start, base_end):
                score = None  # "Chase EHC coordinator", "Will try again pm": the verb; "max 8": the word
            if score is not None and key in COMPASS_WORDS and i + 1 < len(ws) and text[w.end:ws[i + 1].start] == " " \
                    and (gazetteer.fold(ws[i + 1].text) in gazetteer.AUTHORITY_TOWNS
                         or gazetteer.fold(ws[i + 1].text) in self.gaz.places):
                score = None  # "North Barnsley", "West Bretton": a part of a town, no one
            if score is not None and TOWNS_COUNCIL_AFTER.match(text, base_end):
                score = None  # "Lancaster City Council", "Pendle Borough Council": a council's town
            if score is not None and how == "first-name-weak" and BODY_AFTER.match(text, base_end) \
                    and not POST_AFTER_BODY.match(text, base_end):
                score = None  # "(GRT Ed Service)", "the Hope Project": a body's word, no one
            if score is not None and how != "role-cue" and key in gazetteer.authorities()[0] \
                    and (how == "first-name-weak" or self._body_word_after(text, ws, i)):
                score = None  # "the service for Devon is", "Devon Information, Advice & Support": the
                # authority (a first name too, so the ambiguous list has it: "Devon Reid" is his surname's)
            if score is None:
                i += 1
                continue
            j = self._extend(text, ws, i)
            if how == "first-name-weak" and j == i + 1 and gazetteer.fold(ws[j].text) in gazetteer.authorities()[0] \
                    and gazetteer.LA_BODY_AFTER.match(text, ws[j].end) and key in gazetteer.VERB_NAMES \
                    and LINE_OPENS.search(text, max(0, w.start - 16), w.start):
                i = j + 1  # "Chase Solihull SEN team re late drafts": a verb before the authority's service
                continue
            end = strip_possessive(text, w.start, ws[j].end)[1] if j > i else base_end
            start = ws[i - 1].start if how == "surname" and self._unlisted_first_before(text, ws, i) else w.start
            rest = [gazetteer.fold(x.text) for x in ws[i + 1:j + 1]]
            if how == "role-cue":  # (a service's "Ed Psych" is no one's first name and surname: "EP (TfC Ed Psych Service)")
                rest = re.sub(r"\bed psychs?\b", "", " ".join(rest)).split()
            named = any(k in self.gaz.surnames or k in self.gaz.first_names or not self.gaz.is_english(k)
                        for k in rest)
            if j > i and how in ("first-name-weak", "surname") and named:
                score = max(score, GAZETTEER_SCORE)  # a full name is stronger evidence, not "Major Component"
            if how == "role-cue" and j > i and not named and BODY_AFTER.match(text, end):
                i = j + 1  # "(Senior EP, Bristol Educational Psychology Service)", "Worker (Bristol
                continue   # Inclusion Service)": a body after a role, no one's name
            out.append(self._result(start, end, score, how))
            i = j + 1
        return out

    def _body_word_after(self, text, ws, i) -> bool:
        """Whether a Capitalised dictionary word no name list has follows the word, as an authority's
        body follows its name ("Devon Information", "Dudley Children's Services")."""
        if i + 1 >= len(ws) or text[ws[i].end:ws[i + 1].start] != " ":
            return False
        base = text[ws[i + 1].start:strip_possessive(text, ws[i + 1].start, ws[i + 1].end)[1]]
        key = gazetteer.fold(base)
        return is_capitalised(base) and self.gaz.is_english(base) and key not in self.gaz.surnames \
            and key not in self.gaz.first_names

    def _unlisted_first_before(self, text, ws, i) -> bool:
        """Whether the word before a listed surname is a first name no list has: Capitalised,
        right before it and no word, place, cue or title ("To: Devinder Sahota")."""
        prev, gaz = ws[i - 1] if i else None, self.gaz
        if prev is None or text[prev.end:ws[i].start] != " " or not is_capitalised(ws[i].text) \
                or not is_capitalised(prev.text) or len(prev.text) < 3 or not prev.text.isalpha():
            return False
        key = gazetteer.fold(prev.text)
        return not gaz.is_english(key) and not gaz.near_english(key) and key not in gaz.places \
            and key not in self.generic and key not in gaz.calendar and not gaz.is_cue(prev.text) \
            and not gaz.is_title(prev.text) and key not in gazetteer.authorities()[0]

    def _in_label_row(self, text, at) -> bool:
        """Whether ``at`` is in a table's first row, of three or more cells that are each one
        capitalised dictionary word: a header ("Date,Day,Trainee,Escort")."""
        # (a header is short: a line is looked at only 300 characters either way, so a long one
        # costs no more than a short one)
        start, end = text.rfind("\n", max(0, at - 300), at) + 1, text.find("\n", at, at + 300)
        if (start == 0 and at > 300) or (end < 0 and len(text) - at > 300):
            return False
        line = text[start:end if end >= 0 else len(text)]
        sep = next((s for s in ("\t", "|", ",") if line.count(s) >= 2), None)
        if sep is None:
            return False
        above = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]
        if start and above.count(sep) >= 2:
            return False  # a row under another: a table's record, where "Grace" may be a child
        cells = [c.strip() for c in line.split(sep) if c.strip()]
        return len(cells) >= 3 and all(
            len(c.split()) == 1 and c[:1].isupper() and self.gaz.is_english(c) for c in cells)

    def _start_score(self, text, ws, i, base, key):
        """Is the word at ``i`` the start of a name? Returns (score, how) or (None, None)."""
        gaz = self.gaz
        prev = ws[i - 1] if i else None
        # "Mrs Sheikh", "Mr Hafiz": a title that is also a surname, after a title, is the surname
        surname_title = key in gaz.titles and prev is not None and (
            gazetteer.fold(prev.text).rstrip(".") in HONORIFICS
            or (key in gaz.surnames and gaz.is_title(prev.text) and gazetteer.fold(prev.text) not in gaz.surnames))
        if key in TAUGHT_SUBJECTS and (text[ws[i].start - 1:ws[i].start] == "(" and text[ws[i].end:ws[i].end + 1] == ")"
                                       or re.search(r"(?i)\b(?:GCSE|A[ -]level|AS[ -]level|BTEC|IGCSE)s?[ \t]+$",
                                                    text[max(0, ws[i].start - 12):ws[i].start])):
            return None, None  # "Miss Fairweather (Art)", "GCSE Art": what she teaches, what he takes
        if gaz.is_cue(base) and prev is not None and is_capitalised(base) and key not in gaz.titles \
                and not key.endswith(("s", "men")) \
                and gazetteer.fold(prev.text).rstrip(".") in HONORIFICS and text[prev.end:ws[i].start] in (" ", ". ") \
                and not ADDRESSED_BEFORE.search(text, max(0, prev.start - 8), prev.start):
            return TITLE_SCORE, "title"  # "I like Mr Friend": a role's word after an honorific is his surname
            # (never a form of address: "Dear Mr Manager", "To Mrs Teacher")
        if (key in gaz.titles and not surname_title) or gaz.is_cue(base) or CONTRACTION.match(base):
            return None, None  # "stepdad, I'm on my break": a pronoun's contraction is no one
        if base.islower() and re.search(r"\d[ \t]?$", text[max(0, ws[i].start - 2):ws[i].start]):
            return None, None  # "4x20 min, 1:1": a lower-case word after a number is what it counts
        caps, allcaps = is_capitalised(base), is_all_caps(base)
        # "Mrs Sheikh rang": a title that is a surname after a title is the name, not a title
        prev_is_name = prev is not None and i >= 2 and gazetteer.fold(ws[i - 2].text).rstrip(".") in HONORIFICS \
            and text[ws[i - 2].end:prev.start] in (" ", ". ")
        if prev and gaz.is_title(prev.text) and not prev_is_name:
            gap = text[prev.end:ws[i].start]
            # "spoke to Mrs\nHolroyd": a title at a line's end, its surname starting the next
            if re.fullmatch(r"\.?[ \t]*\r?\n[ \t>]*", gap) and is_capitalised(prev.text) and is_capitalised(base) \
                    and key not in self.generic and not gaz.is_cue(base) \
                    and (key in gaz.surnames or not gaz.is_english(key)):
                return TITLE_SCORE, "title"
            # "Miss May (TA)": a month that is a name, after a Capitalised title
            month_name = key in gaz.calendar and key in gaz.first_names and caps \
                and is_capitalised(prev.text) and gazetteer.fold(prev.text).rstrip(".") in HONORIFICS
            # "Mrs Salt", "Mr Church": a listed surname the allow list keeps as a word, after an honorific
            # (or one no dictionary has, kept for another use: "Mrs Christmas")
            kept_surname = key in self.generic and (key in gaz.surnames or not gaz.is_english(key) and len(key) >= 4) \
                and caps and not allcaps \
                and gazetteer.fold(prev.text).rstrip(".") in HONORIFICS
            # ("Nana I love", "Mrs I": never the pronoun, whose copies would all go)
            stopped = base == "I" or gap.startswith(".") and gazetteer.fold(prev.text).rstrip(".") not in gaz.dotted_titles
            if gap in (" ", ". ", ".  ", "  ") and not stopped and (key not in self.generic or len(key) == 1
                                                                    or month_name or kept_surname):
                if month_name or kept_surname:
                    return TITLE_SCORE, "position"  # placed by its title: past the months' allow list
                if caps or allcaps:
                    return TITLE_SCORE, "title"  # also "Mrs B"
                if key not in STOP_WORDS and key not in text_speak() \
                        and (gazetteer.fold(prev.text).rstrip(".") in HONORIFICS or not gaz.is_english(key)):
                    return LOWER_TITLE_SCORE, "title"  # "mrs begum", "mrs b"; not "the Bishop came", "Nan ok"
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if caps and key in gaz.calendar and key in gaz.first_names and nxt \
                and text[ws[i].end:nxt.start] == " " and is_capitalised(nxt.text) \
                and gazetteer.fold(nxt.text) not in gaz.calendar and gazetteer.fold(nxt.text) not in self.generic \
                and (gazetteer.fold(nxt.text) in gaz.surnames and not gaz.is_ambiguous(nxt.text)
                     or self._cues(text, nxt)[1] or self._cues(text, ws[i])[0]
                     # (or a surname no list or dictionary has, where no date's word stands before the
                     # month: "June Ellison (JE)"; never "in June Ellison started")
                     or nxt.text != "I" and not gaz.is_english(nxt.text) and gazetteer.fold(nxt.text) not in gaz.places
                     and not gaz.is_cue(nxt.text) and not gaz.is_title(nxt.text)
                     and not MONTH_WORD_BEFORE.search(text, max(0, ws[i].start - 20), ws[i].start)):
            return GAZETTEER_SCORE, "first-name"  # "May Oduya (SENCO)", "June Ashby"; not "May Day"
        if key in gaz.calendar and key in gaz.first_names and caps and text[ws[i].start - 1:ws[i].start] == "(" \
                and text[ws[i].end:ws[i].end + 1] == ")" \
                and KIN_BEFORE_BRACKET.search(text, max(0, ws[i].start - 20), ws[i].start):
            return CUE_SCORE, "position"  # "Nan (June)", "Mum (April)": a relation's name, never a date
        if key in self.generic or len(key) < 2:
            return None, None
        if key in RANK_WORDS and caps and self._rank_before_role(text, ws, i):
            return None, None  # "Senior SEN Officer", "Principal Educational Psychologist": a rank, no surname
        if key in text_speak() and key not in gaz.first_names and key not in gaz.surnames \
                and (base.islower() or not _name_follows(text, ws[i].end)):
            return None, None  # "Yeah, hi Tomasz": a message's word (never "Im Soo-ah", a name before a name)
        if allcaps and len(base) == 2 and self._looks_like_initials(text, ws, i, key):
            return WEAK_SCORE, "initials"
        # (or of names that are each a word too, written as one: "Autumn-Rose", "Lily-May"; never
        # two months: "May-June")
        hyphened = key.split("-")
        is_first = key in gaz.first_names or ("-" in key and (any(
            p in gaz.first_names and not gaz.is_ambiguous(p) for p in hyphened if len(p) > 2) or caps and all(
            p in gaz.first_names and len(p) > 2 for p in hyphened) and all(
            is_capitalised(p) for p in base.split("-")) and not all(p in gaz.calendar for p in hyphened)))
        is_sur = key in gaz.surnames
        if base.islower() and not (is_first or is_sur) and len(key) >= 4 and key.isalpha() \
                and not gaz.is_english(key) and not gaz.near_english(key) and key not in text_speak() \
                and key not in self.generic and key not in gaz.places and key not in STOP_WORDS \
                and self._cues(text, ws[i])[0] and text[ws[i - 1].end:ws[i].start] == " " and ws[i - 1].text.islower() \
                and not NOUN_ENDING.search(key) and key not in gazetteer.kept_phrase_words():
            return WEAK_SCORE, "role-cue"  # "kais social worker dionne from": a name no list has, after its role
            # written in lower case (never "OT referral", a word no list has)
        if not (caps or allcaps or is_first or is_sur):
            return None, None  # most words: lower-case and no name
        ambiguous = gaz.is_ambiguous(base)
        cue_before, cue_after = self._cues(text, ws[i])
        cue = cue_before or cue_after
        # an ordinary word no name list has is no name beside a role ("Setting,Parent/carer")
        # (in capitals too, among words in capitals: "MUM FEELS", "CHILD VIEWS", "INTERPRETER NEEDED")
        word_only = not (is_first or is_sur) and gaz.is_english(base) and (
            not allcaps or in_caps_run(text, ws[i].start, ws[i].end) or base in FORM_ANSWERS)
        # "his nan (carol)": a listed name in brackets right after a relation is hers
        bracketed = (is_first or caps) and cue_before and text[ws[i].start - 1:ws[i].start] == "(" \
            and text[strip_possessive(text, ws[i].start, ws[i].end)[1]:][:1] == ")"
        # ... but an ordinary word in brackets after a post is its remit: "Assistant Head (Inclusion)",
        # "Team Manager (North)"; after a relation it is a name still: "mum (Bubbles)"
        bracketed = bracketed and (not word_only or KIN_BEFORE_BRACKET.search(text, max(0, ws[i].start - 20), ws[i].start))
        # "Service (North)", "Locality Team (East)": a team's area in brackets, no one's surname
        # (and with the kind of area: "Support Officer (West Quadrant)", "(North Locality)")
        area = key in COMPASS and text[ws[i].start - 1:ws[i].start] == "(" and (
            text[ws[i].end:ws[i].end + 1] == ")" or AREA_KIND_AFTER.match(text, ws[i].end)) or (
            # (or an authority's: "LA SEN caseworker (Lancs Central)")
            key in gazetteer.authorities()[0] and text[ws[i].start - 1:ws[i].start] == "(")
        # (nor a body's place after a post: "School nurse, Oxford Health", "SW, Oxford City Council")
        body = cue_before and not cue_after and ORG_AFTER.match(text, ws[i].end) is not None
        if cue and not area and not body and (key not in STOP_WORDS or (is_first and cue_after)) and key not in gaz.calendar \
                and (caps or allcaps or (is_first and not ambiguous) or (is_first and cue_after) or bracketed) \
                and (not word_only or bracketed) and not (
                    allcaps and base in NOT_INITIALS and cue_before and not cue_after
                    and re.match(r"[ \t]*(?:,|/|or\b|and\b)", text[ws[i].end:ws[i].end + 6])) \
                and not (allcaps and base in HELD_BY_KIN and cue_before and not cue_after
                         and text[ws[i].start - 1:ws[i].start] != "(") \
                and not (allcaps and cue_before and base in POST_STATUS) \
                and not (allcaps and base in NOT_INITIALS and cue_after and not cue_before
                         and EVENT_BEFORE.search(text, max(0, ws[i].start - 12), ws[i].start)):
            # ("mum (PR)": her initials; "SENCo (PT)", "(TBC)"; "after AR, SENCo says": the annual review)
            return CUE_SCORE, "role-cue"  # "mum (Bubbles)" too  # "mum (sarah)", "will (dad)"
            # (never a role's abbreviation in a list of roles: "change of driver, PA or time")
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if is_first and ambiguous and base.islower() and nxt and text[ws[i].end:nxt.start] == " " \
                and nxt.text.islower() and self._plain_surname(nxt.text):
            return WEAK_SCORE, "first-name-weak"  # "faith mensah"
        if is_first and not ambiguous:
            if caps or allcaps:
                return GAZETTEER_SCORE, "first-name"
            # lower case ("mia", "harry"): names that are everyday words are in ambiguous_names.txt
            # (and a dictionary's word after an article is that word: "fishing at the marina"; "an"
            # only before a vowel: "me an paddy" is "me and Paddy")
            article = prev and (gazetteer.fold(prev.text) in ("the", "a")
                                or gazetteer.fold(prev.text) == "an" and key[:1] in "aeiou")
            if base.islower() and len(key) >= 3 and key not in STOP_WORDS and not (article and gaz.is_english(key)):
                return WEAK_SCORE, "first-name-weak"
        if (is_first or is_sur) and ambiguous and caps and key not in gaz.calendar:
            nxt = ws[i + 1] if i + 1 < len(ws) else None
            # "Chase Essex County Council re ...", "Chase North Tyneside re delays": the authority
            council = nxt is not None and (gazetteer.fold(nxt.text) in gazetteer.authorities()[0]
                                           and gazetteer.LA_BODY_AFTER.match(text, nxt.end)
                                           or gazetteer.authorities()[1].match(text, nxt.start))
            if nxt and not council and text[ws[i].end:nxt.start] == " " and (
                    gazetteer.fold(nxt.text) in gaz.surnames and is_capitalised(nxt.text)
                    # "Hope Adeyinka": a capitalised word no dictionary, name or place list has
                    or is_first and is_capitalised(nxt.text) and len(nxt.text) >= 4 and nxt.text.isalpha()
                    and not gaz.is_english(nxt.text) and not gaz.near_english(gazetteer.fold(nxt.text))
                    and gazetteer.fold(nxt.text) not in gaz.places and gazetteer.fold(nxt.text) not in self.generic
                    and gazetteer.fold(nxt.text) not in gaz.first_names and not gaz.is_cue(nxt.text)
                    or is_first and len(nxt.text) >= 3 and is_all_caps(nxt.text) and nxt.text not in NOT_INITIALS
                    and nxt.text not in gazetteer.council_acronyms()  # ("Chase NNC re late plans": the council)
                    and (gazetteer.fold(nxt.text) in gaz.surnames or not gaz.is_english(nxt.text)
                         and not sentence_initial(text, ws[i].start))  # ("Chase ESNEFT SLT": a verb, a body)
                    and gazetteer.fold(nxt.text) not in self.generic
                    and not in_caps_line(text, nxt.start, nxt.end)):
                return GAZETTEER_SCORE, "first-name"  # "Grace Holt"; "Mason MARSH" on a form
            prev_key = gazetteer.fold(prev.text) if prev else ""
            title_case_phrase = prev and text[prev.end:ws[i].start] == " " and is_capitalised(prev.text) \
                and prev_key in gaz.english and prev_key not in gaz.first_names \
                and prev_key not in gaz.surnames and not gaz.is_title(prev.text) \
                and not sentence_initial(text, prev.start)
            # "Title Page", "Copyright Holder": an ordinary capitalised word before it makes a
            # title-case phrase, not a name ("Rosie Page", "Mrs Page", "told Page" still are);
            # "the Holder", "a Major Component": after an article, a word that is one is the word
            determined = prev_key in ("the", "a", "an", "any", "each", "every", "such", "no") and gaz.is_english(key)
            # "Senior Leadership": a word that is also a name, before a generic word it qualifies
            # (before a role word, or one a word or three on, a rank was let go above: _rank_before_role)
            qualifies = key in RANK_WORDS and nxt is not None and text[ws[i].end:nxt.start] == " " \
                and gazetteer.fold(nxt.text) in self.generic and gazetteer.fold(nxt.text) not in gaz.surnames
            if not sentence_initial(text, ws[i].start) and not title_case_phrase and not determined \
                    and not qualifies and not area:
                return WEAK_SCORE, "first-name-weak"
        if is_sur and not ambiguous and (caps or allcaps):
            return WEAK_SCORE + 0.05, "surname"
        if is_sur and not ambiguous and base.islower() and len(key) >= 4 and key not in STOP_WORDS:
            return WEAK_SCORE, "surname"
        return None, None

    def _cues(self, text, w: Word) -> tuple[bool, bool]:
        """(a role cue just before the word, a role cue just after it)."""
        line_start = text.rfind("\n", 0, w.start) + 1
        if not text[line_start:w.start].strip() and SIGN_OFF_LINE.search(text[max(0, line_start - 40):line_start]):
            return True, False  # the first word on the line after "Kind regards"
        before = text[max(line_start, w.start - 40):w.start]
        after = text[strip_possessive(text, w.start, w.end)[1]:w.end + 30]
        after = after[2:] if after.startswith(("'s", "’s")) else after
        return bool(self._cue_before.search(before)), bool(self._cue_after.match(after))

    def _plain_surname(self, word: str) -> bool:
        key = gazetteer.fold(word)
        return key in self.gaz.surnames and not self.gaz.is_ambiguous(word) and key not in STOP_WORDS

    def _looks_like_initials(self, text, ws, i, key) -> bool:
        """"KN was upset", "(LM)", "duty worker: GP": two capitals standing alone in running
        text, not an abbreviation we know, not part of a heading, not "KS2"."""
        w = ws[i]
        if key.upper() in NOT_INITIALS or in_caps_line(text, w.start, w.end):
            return False
        if text[w.end:w.end + 1].isdigit() or text[w.start - 1:w.start].isdigit():
            return False
        if not gazetteer.initials_as_a_person(text, w.start, w.end):
            return False  # "about IR panel", "the EP report": an abbreviation before its noun
        named = BRACKET_AFTER_NAME.search(text, max(0, w.start - 60), w.start)
        if named and text[w.end:w.end + 1] == ")" and not self.gaz.is_cue(named.group("last")):
            parts = [p for p in named.group("name").split() if gazetteer.fold(p).rstrip(".") not in HONORIFICS] \
                or named.group("name").split()
            if key[0] != parts[0][0].lower() and key[-1] != parts[-1][0].lower():
                return False  # "H. Greenwood (SW)", "P. Ackroyd (TM)": a role after a name it does not spell
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ws) or not is_all_caps(ws[j].text):
                continue
            if j > i and re.search(r"\t| {2}", text[w.end:ws[j].start]) \
                    and re.search(r"\b(?:by|from|to|officer|worker|initials)[ \t]*:[ \t]*$", text[max(0, w.start - 20):w.start], re.I):
                continue  # a form's next field after a person's label ("Logged by: JW   EHC No:")
            a, b = sorted((i, j))
            # "reviewed by JB / SA", "TW & KN": a pair of initials, each no abbreviation we know
            paired = re.fullmatch(r" ?[/&] ?", text[ws[a].end:ws[b].start]) and len(ws[j].text) == 2 \
                and ws[j].text.upper() not in NOT_INITIALS and not in_caps_line(text, w.start, w.end)
            if not paired:
                return False
        return True

    def _extend(self, text, ws, i) -> int:
        """Absorb up to three following words that read as further parts of the same name."""
        gaz = self.gaz
        j = i
        first_allcaps = is_all_caps(ws[i].text)
        first_lower = ws[i].text.islower()
        while j + 1 < len(ws) and j - i < 3:
            cur, nxt = ws[j], ws[j + 1]
            gap = text[cur.end:nxt.start]
            if gap in ("-\n", "-\r\n") and not cur.text.endswith(("'s", "’s")):
                j += 1  # a name broken at a line end goes on ("Eccles-\nfield", "Hughes-\nWhitaker")
                continue
            titled = i > 0 and gaz.is_title(ws[i - 1].text) and text[ws[i - 1].end:ws[i].start] in (" ", ". ")
            # (an initial's stop too: "Dr P.\n  Sengupta" in a scanned letter)
            if re.fullmatch(r"\r?\n[> \t]*" if len(cur.text) > 1 else r"\.?\r?\n[> \t]*", gap) \
                    and j == i and titled and is_capitalised(nxt.text) \
                    and not gaz.is_cue(nxt.text) and (gazetteer.fold(nxt.text) not in self.generic or (
                        gazetteer.fold(nxt.text) in gazetteer.AUTHORITY_TOWNS and gazetteer.fold(cur.text) in gaz.first_names)) and (
                    gazetteer.fold(nxt.text) in gaz.surnames or not gaz.is_english(nxt.text)):
                j += 1  # "Mrs Farida\nSheikh": a title's name broken at a line end goes on
                continue
            if gap != " " or cur.text.endswith(("'s", "’s")):
                break
            if nxt.text in NAME_PARTICLES and j + 2 < len(ws) and text[nxt.end:ws[j + 2].start] == " " \
                    and is_capitalised(ws[j + 2].text) and not gaz.is_cue(ws[j + 2].text) \
                    and gazetteer.fold(ws[j + 2].text) not in self.generic and (
                        gazetteer.fold(cur.text) in gaz.first_names or not gaz.is_english(cur.text)):
                j += 2  # "Aoibheann Ní Bhriain", "Ahmed bin Salleh": a particle joins the surname
                continue
            if text[nxt.end:nxt.end + 1].isdigit():
                break  # "Tayla Y7": a year group, "Room B12": no part of a name
            nxt_base = text[nxt.start:strip_possessive(text, nxt.start, nxt.end)[1]]
            if CONTRACTION.match(nxt_base):
                break  # "It's Ruth Ellison I'm the SENCO": a pronoun's contraction ends the name
            key = gazetteer.fold(nxt_base)
            known = key in gaz.surnames or key in gaz.first_names
            cue = gaz.is_cue(nxt_base) and not (known and is_capitalised(nxt_base) and j == i
                                                and gazetteer.fold(cur.text) in gaz.first_names)
            title = key in gaz.titles and not (key in gaz.surnames and j == i)  # "Farida Sheikh"
            # "Gemma Barnsley" signing a letter: the area's town as a surname, after a first name no
            # word shares, where a place would go on ("Gemma Barnsley\nEHC Coordinator", "..., ")
            # (and "my name is Rose Barnsley and I live ...": a first name that is a word too,
            # Capitalised inside a sentence, or any first name no word shares, whatever follows)
            ends_name = re.match(r"[ \t]*(?:\r?\n|$|,|\()", text[nxt.end:nxt.end + 4]) is not None
            first_key = gazetteer.fold(cur.text)
            town = key in self.generic and key in gaz.surnames and j == i and is_capitalised(nxt_base) and (
                first_key in gaz.first_names and (
                    not gaz.is_english(cur.text) and (ends_name or key in gazetteer.AUTHORITY_TOWNS)
                    or key in gazetteer.AUTHORITY_TOWNS and is_capitalised(cur.text) and first_key not in gaz.calendar
                    and first_key not in gazetteer.VERB_NAMES and (ends_name or not sentence_initial(text, cur.start)))
                or titled and len(cur.text) == 1 and cur.text.isupper())  # "Ms K Barnsley": a titled initial's
            # "Mr Li Jun (father)": a titled name's given name that is a month's, a role in brackets after it
            role_after = ROLE_IN_BRACKETS.match(text, nxt.end)
            month_named = key in gazetteer.MONTHS and j == i and titled and role_after is not None \
                and gaz.is_cue(role_after.group(1))
            if (key in self.generic and not town and not month_named) or title or cue \
                    or key in gaz.calendar and not month_named:
                break
            if first_allcaps:
                if not (is_all_caps(nxt.text) and known):
                    break
            elif first_lower:
                # "tanya birch": an ordinary-word surname straight after a known first name.
                after_first = j == i and gazetteer.fold(ws[i].text) in gaz.first_names
                if not (nxt.text.islower() and known and key not in STOP_WORDS and key not in MODAL_NAMES
                        and (key not in gaz.ambiguous or after_first)):
                    break  # (never a verb that is a name too: "max said no")
            elif not is_capitalised(nxt.text):
                # "Mason MARSH": a form's surname in capitals after the first name
                if not (j == i and gazetteer.fold(cur.text) in gaz.first_names and is_all_caps(nxt.text)
                        and len(nxt.text) >= 3 and nxt.text not in NOT_INITIALS
                        and (gazetteer.fold(nxt.text) in gaz.surnames or not gaz.is_english(nxt.text))
                        and gazetteer.fold(nxt.text) not in self.generic
                        and not in_caps_line(text, nxt.start, nxt.end)):
                    break
            elif key in gaz.ambiguous and key not in gaz.surnames and key not in gaz.first_names:
                break
            j += 1
        return j

    def _result(self, start, end, score, how):
        return make_result(self, PERSON, start, end, score, how)
