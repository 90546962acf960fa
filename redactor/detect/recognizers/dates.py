"""DATE and DATE_OF_BIRTH: exact dates as UK casework writes them.

Both recognizers search for the same shapes, defined once in ``redactor.replace.dates``
(``DATE_SHAPES``) so every span found here can be shifted by the replacement stage:
"3 March 2025", "3rd of March 2025", "03/03/2025", "3.3.25", "2025-03-03", "March 3rd 2025",
"Tuesday 4th March", "4 Mar 25", "Sept 2nd".

Not dates: a month and year alone ("March 2025"), a year, "Year 6", times, "the 3rd" alone,
fractions and scores ("3/4 of the class", "scored 12/20"), section numbers ("para 1.2.10"),
and numbers that are not calendar dates ("31/02/2025").

``DateOfBirthRecognizer`` reports the same spans as DATE_OF_BIRTH, at a higher score, when a
cue (born, DOB, D.O.B., date of birth, birthday) stands just before or just after the date.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, List, Optional

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from redactor.detect import gazetteer
from redactor.detect.recognizers.base import make_result
from redactor.detect.words import unwrapped
from redactor.replace.dates import DATE_SHAPES, MONTH_NAMES, TIME_OF_DAY_AFTER, WEEK_OF, parse_date
from redactor.types import DATE, DATE_OF_BIRTH

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

DATE_SCORE = 0.8  # above a first-name guess on "May"/"June" in "3rd May"
DOB_SCORE = 0.95  # must beat DATE_SCORE: both fire on a date of birth

# Numeric dates: not glued to other digits, words or separators ("v1.2.10", "1.2.10.4"),
# but "2025-03-03T10:00" is still a date.
# A range of days ("13/10-17/10", "10/03/2025-14/03/2025") is two dates: a dash between two
# day/months is no code.
_NUMERIC_BEFORE = r"(?:(?<![\w/.\-])|(?<=\d/\d-)|(?<=\d/\d\d-)|(?<=\d/(?:19|20)\d\d-))"
_NUMERIC_AFTER = r"(?![/.]?\d)(?!-\d(?!\d?/\d))(?!(?!T\d)\w)"
_NAMED_BEFORE = r"(?<!\w)(?<!\d\.)"  # (never a section's number: "### 2.5 June B – annual review")
_NAMED_AFTER = r"(?!\w)"

# A number straight after one of these labels is not a day: "Year 6 March", "section 1.2.10".
_LABEL_BEFORE = re.compile(
    r"\b(?:(?:year|section|paragraph|page|class|room|key\s+stage|stage|ks|level|step|part"
    r"|appendix|annex|item|point|clause|chapter|version|figure|table|regulation|rule|outcome"
    r"|target|band|grade|question|line|unit|module|week)[^\S\r\n]*"
    r"|(?:yr|sect|para|pg|pp|p|ver|fig|reg|wk)\.?[^\S\r\n]*)\Z",  # (\Z: never the line before's "year")
    re.IGNORECASE,
)
_LABEL_LOOKBACK = 20
FULL_NUMERIC_DATE = re.compile(r"(?:[12]\d|3[01]|0?[1-9])([/-])(?:1[0-2]|0?[1-9])\1(?:19|20)\d\d(?!\d)")

# Date-of-birth cues.
_DOB_CUE = r"\b(?:born|d\.?o\.?b\b\.?|date[^\S\r\n]+of[^\S\r\n]+birth|birth[^\S\r\n]*date|birthday)"
_DOB_CUE_RE = re.compile(_DOB_CUE, re.IGNORECASE)
_CUE_WINDOW = 40  # characters before the date
# Between a cue and its date: no sentence end (or semicolon); a line break only if the label
# stands alone ("Date of birth:\n03/03/2015").
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# ... nor a new clause: "born early and was diagnosed on 3 March 2016" is not a date of birth.
_CLAUSE_BREAK = re.compile(
    r"\b(?:and|but|then|until|before|after|since|when|while|because|although|though|however"
    r"|later)\b",
    re.IGNORECASE,
)
_LABEL_PUNCTUATION = " \t\r\n:;-–—|()[]"
# Between a date and a cue after it: "03/03/2015 (DOB)", "4th March is her birthday".
_GAP_BEFORE_CUE = re.compile(
    r"[^\S\r\n]*[(\[,:\-–—]?[^\S\r\n]*"
    r"(?:(?:is|was)[^\S\r\n]+(?:his|her|their|my|the[^\S\r\n]+child['’]s|[a-z]+['’]s)"
    r"[^\S\r\n]+)?",
    re.IGNORECASE,
)


# A day written alone where only a date is meant: "Tues 22nd", "Monday the 3rd", "is on the 20th??",
# "by the 14th". Not "the 3rd time", "her 5th birthday", "the 20th century".
_WEEKDAY_WORD = (r"(?:wednesday|saturday|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|s?day)?\.?)")
_NOT_A_DAY_AFTER = (r"(?![\w-]|[ \t]+(?:of[ \t]+)?(?:century|time|times|floor|birthday|anniversary|"
                    r"percentile|place|minute|minutes|week|weeks|year|years|day|days|attempt|grade|"
                    r"edition|row|session|sessions|lesson|appointment|generation|option|choice))")
# After a cued day: an end of clause, or a word that goes on about when ("the 20th at 10", "for
# 15th with NQ"), never a noun ("is the 3rd child", "for the 2nd year").
_DAY_END = (r"(?![\w-])(?=\t|[ \t]*(?:$|\n|[^\w\s]|(?i:at|to|till|until|or|and|with|in|for|from|please|if|so|"
            r"then|but|because|as|when|is|was|will|would|i|we|she|he|they|ok|instead|not|rather|too|by|the|"
            # (a call's goodbye after it: "you'll hear from Harriet on the 13th take care")
            r"take|thanks|thank|bye|cheers|see|speak|talk|re(?![-\w])|"
            r"morning|afternoon|evening|night|am|pm)\b|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t]?(?i:am|pm)\b|(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.])|that\b(?!['’]|[ \t]+(?:day|week|time|year|month|morning|afternoon|evening|night|weekend))))")
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)"
_DAY_WRITTEN = r"(?:[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)"  # (the same, ungrouped: a second day in one pattern)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# The day after "on the", "before the", "by the" with a verb or a clause after it: "sent him home on
# the 4th did you get a letter", "before the 18th ask school" (never a count's noun: "on the 3rd floor",
# "by the 2nd attempt", "before the 4th session")
THE_DAY_AFTER_A_TIME_WORD = re.compile(
    r"(?<=\b(?i:on|before|by|until|till|after|since)[ \t](?i:the)[ \t])(?P<day>[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)(?![\w-])"
    r"(?![ \t]+(?i:floor|time|times|attempt|go|session|day|week|month|year|grade|place|round|visit|meeting|try|one|ones|"
    r"child|kid|birthday|century|anniversary|term|lesson|page|line|question|step|stage|stop|option|choice|item|"
    r"point|paragraph|section|bullet|box|row|column|door|house|flat|room|class|set|group|team|person|worker|officer|"
    r"plan|draft|version|review|appeal|request|letter|email|call|exclusion|suspension|school|placement|hour|minute|"
    r"of|and|or|to|&)\b)(?![ \t]*[-–/])")
DAY_ONLY = re.compile(
    # ("on wednesday (12th) there was no one": the day in brackets after its weekday)
    # ("Are you free Thursday? The 13th.": the weekday asked about, then its day)
    rf"(?i:\b{_WEEKDAY_WORD}[,?]?[ \t]+(?P<open>\()?(?:the[ \t]+)?){_DAY}{_NOT_A_DAY_AFTER}(?(open)\))"
    # the first day of a range: "(Weds 5 - Fri 7 March 2025)"
    rf"|(?i:\b{_WEEKDAY_WORD}[ \t]+)(?P<day2>[1-9]|[12]\d|3[01])(?=[ \t]*[-–][ \t]*(?i:{_WEEKDAY_WORD}[ \t]+)?\d{{1,2}}"
    rf"(?:st|nd|rd|th)?[ \t]+{_MONTHS})"
    # (the cheap look at the day's own shape first: the look back runs only where a day stands)
    rf"|(?<![\w-])(?=\d{{1,2}}(?i:st|nd|rd|th))(?<=\b(?i:on|by|until|till|til|before|from|after|due|for|since|"
    rf"it['’]?s|next|this|commencing|beginning|w/c|(?:wk|week)[ \t]+of|instead[ \t]+of|today|tomorrow|yesterday|yes|ok|okay|"
    # "Sandra away 15th so Geoff will cover", "back 3rd", "moved to 22nd"
    rf"away|back|off|free|busy|available|closed|booked|arranged|moved|rescheduled|postponed|says|said|"
    # "she's coming 11th", "starts 3rd"
    rf"coming|come|starts|starting|ends|ending|"
    # "Aras K annual review 20th", "panel 14th": an event and its day
    # ("assessment visit the 19th", never "home visit 1st, home visit 2nd")
    rf"review|meeting|appointment|appt|hearing|deadline|visit[ \t]+the|interview|"
    # a note's short forms: "next mtg 21st", "TO to visit again 21st" (never "home visit 1st, home visit 2nd")
    rf"mtg|again|"
    # a call tried more than once: "called back x2 17th + 18th"
    rf"x2|x3|twice|"
    # "the letter is dated the 30th", "received 4th", "sent the 2nd"
    rf"dated|received|sent|posted|issued)\s+(?:\((?=[^)\n]{{0,12}}\)))?(?i:the[ \t]+)?)"
    # (and the last day of a range: "while I'm off 13th-17th")
    # (and a second day: "x2 17th + 18th", "back 3rd and 4th")
    rf"{_DAY}(?:[ \t]*[-–+&][ \t]*{_DAY_WRITTEN}|[ \t]+(?i:and|or)[ \t]+{_DAY_WRITTEN})?{_DAY_END}"
    # a day one can or cannot do, or puts in a diary: "I can't do the 22nd", "I'll put the 19th in the diary"
    # (never a turn or a sheet: "I'll do the 1st, you do the 2nd", "put the 2nd in the folder")
    # (the cheap look at a day's digit first: the look back runs only where one stands)
    rf"|(?=\d)(?<=\b(?i:can['’]?t|cannot|can|could|couldn['’]?t)[ \t]{{1,3}}(?i:do)[ \t]{{1,3}}(?i:the)[ \t]{{1,3}}){_DAY_WRITTEN}"
    rf"(?![\w-])(?=[ \t]*(?:$|\n|[,.;!?)]|[ \t](?i:then|unfortunately|instead|but|either|sorry)\b))"
    rf"|(?=\d)(?<=\b(?i:put|pencil|pencilled)[ \t]{{1,3}}(?i:the)[ \t]{{1,3}}){_DAY_WRITTEN}"
    rf"(?=[ \t]+(?i:in)[ \t]+(?i:the|my|your|our)[ \t]+(?i:diary|diaries|calendar)\b)"
    # ... or after its weekday: "the Friday before Christmas, the 20th," (no count between: "On
    # Monday he ran 2 laps, the 3rd and 4th he walked")
    rf"|(?=\d)(?<=\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^\n.,\d]{{0,30}},[ \t]{{1,3}}(?i:the)[ \t]{{1,3}})"
    rf"{_DAY_WRITTEN}{_DAY_END}"
    # a day said to be the one, past the 3rd and ending its clause, or set against another day: "I think it
    # was the 9th not the 19th", "his birthday was the 14th." (never an ordinal's "it was the 3rd in a
    # row", "That was the 1st I heard", "It is the 2nd and final warning", "not the 1st to complain")
    # a day past the twelfth after "the", ending its clause or before what goes on about when ("Deadline is
    # the 18th.", "(was it the 14th?)", "an emergency one the 28th I think", "email from the 28th below";
    # never a century's, a birthday's or a percentile's: "the 20th century", "the 18th birthday")
    # (never a place in a queue or a king's number: "the 20th to be assessed", "Louis the 14th")
    rf"|(?=[123]\d)(?<=\b(?i:the)[ \t])(?<![A-Z][a-z]+[ \t]the[ \t])(?:1[3-9]|2\d|3[01])(?i:st|nd|rd|th){_NOT_A_DAY_AFTER}"
    rf"(?=[ \t]*(?:[.,;:?!)]|\r?\n|$)|[ \t]+(?i:I[ \t]+think|below|above|onwards|latest)\b)"
    rf"|(?=\d)(?<=\b(?i:(?:it|that|which)[ \t]+(?:was|is)[ \t]+the)[ \t])"
    rf"(?:[4-9]|[12]\d|3[01])(?i:st|nd|rd|th)(?=[ \t]+not[ \t]+the[ \t]+(?:[4-9]|[12]\d|3[01])(?i:st|nd|rd|th)\b)"
    rf"|(?=\d)(?<=\d(?i:st|nd|rd|th)[ \t]+not[ \t]+the[ \t])(?:[4-9]|[12]\d|3[01])(?i:st|nd|rd|th)(?![\w-])"
    rf"|(?=\d)(?<=\b(?i:birthday[ \t]+(?:was|is)[ \t]+the)[ \t]){_DAY_WRITTEN}{_DAY_END}"
    # the day before a note's short form of its meeting: "coming to the 22nd mtg" (never a count:
    # "the 2nd meeting", "the 12th meeting about his transport")
    rf"|(?=\d)(?<=\b(?i:the)[ \t]{{1,3}})(?:[12]\d|3[01])(?i:st|nd|rd|th)(?=[ \t]+(?i:mtg)\b)")
# A day opening a message's line and said to suit: "20th is fine i'll get my mam to have him",
# "the 3rd works for us"
DAY_OPENING = re.compile(r"(?m)^[ \t>]{0,8}(?:(?i:the|yes|yeah|ok|okay)[ \t,]{1,3})?(?P<day>(?:[1-9]|[12]\d|3[01])(?i:st|nd|rd|th))"
                         # (or a diary's day alone on its line, its heading: "27th\nSchool rang 1.30")
                         r"(?=[ \t]*\r?$|[ \t]+(?i:is[ \t]+(?:fine|good|ok|okay|perfect|great|no[ \t]+good|not[ \t]+good|bad|out|free|"
                         r"booked)|works|suits|would[ \t]+(?:work|suit)|could[ \t]+(?:work|do)|at[ \t]+\d)\b)")
# A date said in words, as a dictated note or a voicemail writes it: "the fifteenth of October",
# "March the third", "twenty-first of June".
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                  "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
                  "thirtieth").split()
_SPOKEN_DAY = (r"(?:(?:twenty|thirty)[ \t-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
               r"|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")")
# a day said as a number, as a transcript writes it: "twenty two of January", "Twenty nine April"
_CARDINAL_DAY = (r"(?:(?:twenty|thirty)[ \t-](?:one|two|three|four|five|six|seven|eight|nine)(?![ \t-](?:hundred|thousand))"
                 r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)")
# "twenty twenty five", "two thousand and fifteen", "twenty fifteen"
_YEAR_WORDS = rf"(?i:(?:twenty|two[ \t]thousand(?:[ \t]and)?)(?:[ \t-]{_NUMBER_WORD}\b){{1,2}})"
# (after a comma only where the clause ends with it: "Third of May, two thousand eighteen.", never
# "by the fifth of June, twenty one children ...")
# (or its digits: "second of may 2016")
# (a year said as "two thousand and ..." after a comma wherever the clause goes: "the second of
# May, two thousand and nine – so she's fifteen")
# (a speaker's pause before it: "ninth of November um twenty fifteen")
_SPOKEN_YEAR = (rf"(?:[ \t]+(?:(?i:um|umm|er|erm|uh)[ \t]+)?{_YEAR_WORDS}|,[ \t]+{_YEAR_WORDS}(?=[ \t]*(?:[.;:!?)\n]|$))"
                rf"|,[ \t]+(?i:two[ \t]thousand[ \t]and(?:[ \t-]{_NUMBER_WORD}\b){{1,2}})(?![ \t-](?i:hundred|thousand))"
                rf"|,?[ \t]+(?:19|20)\d\d(?!\d))?")
_SAID_YEAR_AHEAD = r",?[ \t]+(?:(?i:um|umm|er|erm|uh)[ \t]+)?(?i:twenty|two[ \t]thousand)\b"
SPOKEN_DATE = re.compile(
    # (a month shortened after its "of": "the fourteenth of Feb")
    # (never a name's possessive: "the second of Jan's three children")
    rf"(?i:\b(?:{_WEEKDAY_WORD},?[ \t]+(?:the[ \t]+)?)?{_SPOKEN_DAY}\s+of\s+(?:{_MONTHS}\b|{_MONTH_ABBR}(?![\w'’]))){_SPOKEN_YEAR}"
    rf"|(?i:\b{_WEEKDAY_WORD},?[ \t]+(?:the[ \t]+)?{_SPOKEN_DAY})\s+{_MONTHS}\b{_SPOKEN_YEAR}"
    # a day in digits with its year said: "the 22nd of March twenty sixteen", "March 14th two thousand and nine"
    rf"|(?i:\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:[ \t]+of)?)[ \t]+{_MONTHS}\b(?={_SAID_YEAR_AHEAD}){_SPOKEN_YEAR}"
    rf"|\b{_MONTHS}[ \t]+(?i:the[ \t]+)?(?i:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?={_SAID_YEAR_AHEAD}){_SPOKEN_YEAR}"
    # (a word after it where the month is no verb: "from the second October not in writing",
    # "booked fourteenth October p m"; never "the first March on London", "the second October half term")
    # (never someone's first or second of a month: "her first September at secondary", "his second December in care")
    rf"|(?<!(?i:her|his|my|our|their|your|its)[ \t])(?<!(?i:her|his|our|its|my)[ \t]{{2}})(?i:\b{_SPOKEN_DAY})\s+{_MONTHS}\b"
    rf"(?!(?<=May|March)[ \t]+[a-z]|(?<=(?i:first)[ \t]\w{{3,9}})[ \t]+[a-z]"
    # (its year too where it is said: "so second November 2015")
    rf"|[ \t]+(?i:half|term|holidays?|break|intake)\b){_SPOKEN_YEAR}"
    # all in lower case after "the", as a transcript writes it: "i think the fourteenth june"
    rf"|(?<=\bthe[ \t]+){_SPOKEN_DAY}[ \t]+(?:january|february|march|april|may|june|july|august|september|october|"
    rf"november|december)\b{_SPOKEN_YEAR}{_DAY_END}"
    rf"|(?i:\b{_CARDINAL_DAY}(?:[ \t]+of)?)[ \t]+{_MONTHS}\b(?![ \t]+(?!Two\b|Twenty\b)[A-Z][a-z]){_SPOKEN_YEAR}"
    # a day of one word below eleven only with its year: "Yes seven May, 2013"
    rf"|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:[ \t]+of)?)[ \t]+{_MONTHS},?[ \t]+(?:19|20)\d\d(?!\d)"
    # (its "the" said twice, as a transcript keeps a speaker's stumble: "January the the twenty first")
    rf"|\b{_MONTHS}[ \t]+(?i:(?:the[ \t]+){{1,2}}){_SPOKEN_DAY}\b(?![ \t]+(?i:time|week|day)){_SPOKEN_YEAR}"
    # (or without "the", as a transcript writes an American order: "November twenty fourth")
    rf"|\b{_MONTHS}[ \t]+(?i:{_SPOKEN_DAY})\b(?![ \t-]+(?i:time|week|day|term|half|year|place|class|child|one|"
    rf"grade|floor|hand|language|born))(?!-){_SPOKEN_YEAR}"
    # a day said alone after today's word, its month this one: "consent given today the twenty third
    # and ..." (never "today the first thing", "today, the third and final time")
    rf"|(?<=\b(?i:today|tomorrow|yesterday)[ \t]+(?i:the)[ \t]+)(?i:{_SPOKEN_DAY})"
    rf"(?=[ \t]*(?:[.;:!?)]|$|\n|(?i:and|so|but|then)\b(?![ \t]+(?i:final|last|only|most|foremost|"
    rf"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)))"
    # "the twenty second of the sixth twenty fourteen": the month as an ordinal, with a year (never a
    # share, "a fifth of the first 2019")
    rf"|(?<!\b(?i:a|an)[ \t])(?i:\b(?:the\s+)?{_SPOKEN_DAY}\s+of\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    # (its year after a comma where the clause ends: "Fourth of the ninth, twenty-fourteen.")
    rf"eleventh|twelfth))(?=[ \t]+(?i:twenty|two[ \t]thousand)|,[ \t]+{_YEAR_WORDS}[ \t]*(?:[.;:!?)\n]|$)"
    # (or its digits: "Third of the sixth, 2015.", and with no comma where the clause ends with them,
    # "second of the eleventh 2015"; never a count, "a third of the first 2000 words")
    rf"|,[ \t]+(?:19|20)\d\d(?!\d)|[ \t]+(?:19|20)\d\d(?=[ \t]*(?:[.,;:!?)\n]|$))){_SPOKEN_YEAR}"
    # ... or a sentence of its own, no year: "And his birthday? Second of the ninth."
    # (or said to be the day: "it's the ninth of May, so the ninth of the fifth.")
    rf"|(?:(?<=^)|(?<=[.!?:][ \t])|(?<=\n)|(?<=\b(?i:so|it['’]s|its|is|was|born[ \t]+on)[ \t]+(?i:the)[ \t]))"
    rf"(?i:{_SPOKEN_DAY}\s+of\s+the\s+(?:first|second|third|fourth|fifth|sixth|"
    rf"seventh|eighth|ninth|tenth|eleventh|twelfth))(?=[ \t]*(?:[.;!\n]|$))")

# A birthday said as its numbers after being asked for it: "the eleventh of February twenty sixteen
# so eleven two sixteen", "date of birth? three nine oh nine" (day, month, then the year's last two
# or all four said; its cue, a birth's word, on the line or the one above)
_SAID_DAY_NUMBER = rf"(?:{_CARDINAL_DAY}|thirty|twenty|one|two|three|four|five|six|seven|eight|nine|ten)"
# (a number's word just before: the last three of a count, not a date)
_NUMBER_WORD_LOOKBEHIND = "|".join(rf"(?<=\b{w},?[ \t])" for w in ("one two three four five six seven eight nine ten eleven "
                                                             "twelve twenty thirty").split()).join(("(?:", ")"))
# (its month as a form's two digits are said: "fourteen oh six twenty eleven")
_SAID_MONTH_NUMBER = r"(?:(?:oh|zero)[ \t]+(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SAID_YEAR_END = (rf"(?:{_YEAR_WORDS}|nineteen[ \t](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                  r"(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?|oh[ \t](?:one|two|three|four|"
                  r"five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                  r"eighteen|nineteen|twenty(?:[ \t-](?:one|two|three|four|five))?)")
# (never within a longer count: "eight nine ten eleven twelve"; a transcript may put its commas
# between: "so nine, two, sixteen")
SAID_NUMBERS_DATE = re.compile(rf"(?<![\w-])(?<!{_NUMBER_WORD_LOOKBEHIND})(?i:{_SAID_DAY_NUMBER},?[ \t]+{_SAID_MONTH_NUMBER},?[ \t]+{_SAID_YEAR_END})"
                               rf"(?![\w-]|,?[ \t]+(?i:{_NUMBER_WORD})\b)"
                               # (or its digits as a transcript wrote them: "so two eleven two 2 11 2015")
                               # (spaces only: a table's tabs part its cells, "3<tab>2<tab>2025")
                               r"|(?<![\w/.-])(?<!\d )(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d(?![\w/.:-]| \d)"
                               # (its year's two digits too, where the answer's clause ends: "so 22 11 15")
                               r"|(?<=\b(?i:so|that's|thats|yeah|yes|it's|its|is)[ \t])(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) "
                               # (or its confirming words: "yeah 19 1 16 that's right")
                               r"\d\d(?=[ \t]*(?:[.,;!?]|$)|[ \t]+(?i:that['’]?s|that[ \t]+is)\b)", re.MULTILINE)
# (asked on its line or up to four lines before, as a call's turns are: "date of birth?" / "the
# ninth of February 2016" / "So nine, two, sixteen", within the 160 characters looked back at)
BIRTH_SAID_BEFORE = re.compile(rf"(?i:(?!born){_DOB_CUE}|\bd[ \t]o[ \t]b\b|\bbday\b)[^\n]*(?:\n[^\n]*){{0,4}}\Z")

# A day said alone in words where only a date is meant: "Defer to the twentieth.", "Next panel is
# the thirteenth.", "on the third at 10". The first three only after a word of when ("on the first",
# not "she is the first").
_LATER_SPOKEN_DAY = (r"(?:(?:twenty|thirty)[ \t-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                     + "|".join(sorted(_ORDINAL_WORDS[3:], key=len, reverse=True)) + ")")
_TENTH_ON = (r"(?:(?:twenty|thirty)[ \t-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
             + "|".join(sorted(_ORDINAL_WORDS[9:], key=len, reverse=True)) + ")")
SPOKEN_DAY_ONLY = re.compile(
    # (a transcript's line may end after "the": "at the Royal Surrey on the\ntwenty-third")
    rf"(?<![\w-])(?=(?i:the)[ \t\n])(?<=\b(?i:on|by|until|till|before|from|after|due|for|since|to|is|it['’]?s|next|"
    rf"this)[ \t]{{1,3}})(?i:the(?:[ \t]+|[ \t]*\n[ \t]*))(?P<day>(?i:{_LATER_SPOKEN_DAY})){_NOT_A_DAY_AFTER}{_DAY_END}"
    # a weekday then a day said alone: "Thursday the seventeenth", "call Thursday seventeenth"
    # (a weekday written out or shortened so that it is no word: never "she sat the first paper")
    rf"|(?P<weekday>\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\b(?:Mon|Tue|Tues|Weds|Thu|Thur|Thurs|Fri)\.?)"
    rf",?[ \t]+(?i:the[ \t]+)?(?P<day>(?i:{_SPOKEN_DAY})){_NOT_A_DAY_AFTER}"
    rf"(?![ \t]+(?i:of|time|week|day|thing|half|period|paper|exam|lesson|place|floor|session)\b)"
    rf"|(?<![\w-])(?=(?i:the)[ \t])(?<=\b(?i:on|by|until|till|before)[ \t]{{1,3}})(?i:the[ \t]+)"
    rf"(?P<day>(?i:first|second|third)){_NOT_A_DAY_AFTER}{_DAY_END}"
    # a speaker's answer opening with the day: "Speaker 2: the twentieth is fine"
    # (a day past the ninth, then its clause's end or that it suits: never "Step 4: the fourth and final stage",
    # "Caller: the sixth was the worst")
    rf"|(?<=^[^\n]{{1,30}}:[ \t]{{1,3}})(?i:the[ \t]+)(?P<day>(?i:{_TENTH_ON})){_NOT_A_DAY_AFTER}"
    rf"(?=[ \t]*(?:[.?!]|$)|[ \t]+(?i:is|would[ \t]+be|works|suits)[ \t]+(?i:fine|ok|okay|good|great|better|best)\b)", re.M)
# a spoken day's month after it, in any case: "thursday twentieth march" (never "may" the verb)
SPOKEN_MONTH_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?(?:(?i:january|february|march|april|june|july|august|september|october|"
                                r"november|december)|May)\b")

# A range of days sharing one month: "14-22/04", "21-22/03/2025", "11-13 April", "9–13 Dec"
_RANGE_DAY = r"(?:[1-9]|[12]\d|3[01]|0[1-9])(?i:st|nd|rd|th)?"
DAY_RANGE = re.compile(
    # (or two days parted by a slash before their month: "2nd/9th April")
    rf"(?<![\w/.\-–£$]){_RANGE_DAY}(?:[ \t]?[-–][ \t]?|(?<=(?i:st|nd|rd|th))/(?=\d{{1,2}}(?i:st|nd|rd|th)[ \t]+(?i:{_MONTHS}|{_MONTH_ABBR})\b)){_RANGE_DAY}"
    rf"(?:/(?:0[1-9]|1[0-2])(?:/(?:19|20)?\d\d)?(?![/.]?\d)|/[1-9]/(?:19|20)?\d\d(?![/.]?\d)"
    rf"|[ \t]+(?i:{_MONTHS}|{_MONTH_ABBR})(?![\w])(?:[ \t]+(?:19|20)\d\d(?!\d))?)")
# A range is no date after a score's word: "scored 5-7/10"
_SCORE_BEFORE = re.compile(r"(?i)\b(?:scored?|scoring|marks?|rated|rating|out of|level|levels|ages?|aged|"
                           r"years?|yrs?|p|pp|pages?)[ \t:]*$")
# Day and month with a stop and no year, after a word that says which day: "AR on 25.11", "by 3.12"
# (never after "from", "at" or "until", where "8.05" is a time; never a measure's: "1.5 miles")
_NOT_A_DOTTED_DAY_AFTER = (r"(?![ \t]*(?i:mg|ml|g|kg|mcg|%|per|years?|yrs?|hours?|hrs?|mins?|minutes?|levels?|points?|"
                           r"months?|weeks?|days?|cm|mm|km|miles?|litres?|liters?|times|x|am|pm|start|finish|"
                           # ("After 3.5 terms", "received 1.5 FTE support", "Rec'd 2.1 grade", "Booked 1.5 sessions")
                           r"terms?|sessions?|fte|grades?|sds?|standard|stars?|stickers?|out)\b)")
# (what numbers a plan's or a document's parts, never a day: "met outcome 1.2", "Chased section 9.2")
_NUMBERED_PART = (r"(?i:outcomes?|targets?|sections?|para|paragraphs?|v|ver|version|draft|class|level|stage|step|"
                  r"points?|items?|questions?|page|pages|chapter|part|appendix|table|figure|set|group|ks|year|yr)")
DOTTED_DAY_MONTH = re.compile(
    r"(?<![\w.])(?=\d{1,2}\.\d)(?<=\b(?i:on|by|due|w/c|wc|commencing|beginning|deadline(?:[ \t]+(?:was|is|of))?"
    # a note's call or meeting and its day: "tc 11.03 w/ mum", "mtg 13.3 with Roman" (never "meeting
    # 2.1 and 2.3 of his outcomes")
    r"|tc|t/c|mtg|done|sent|rang|called|emailed|spoke[ \t]+to[ \t]+[A-Z][a-z]+"
    # what was done on the day: "closed 14.3", "Mediation cert requested 20.06", "FU after CDC appt 24.3"
    r"|closed|requested|lodged|received|rec['’]?d|visited|dated|submitted"
    # ... or what was booked or ended or began, before a month of one digit (never a time's "after
    # 3.10", "appt 2.05"): "share report after 20.3", "letter says 11.3-12.3" (never a section's or
    # a score's "Section F says 2.1", "since 2.3 was rewritten", "reading age (RA) 8.6")
    r"|(?:after|(?:letter|it)[ \t]+says|appt|appointment|booked|interview|visit"
    # ("attend mediation 24.3", "1st contact 28.1", "EHCNA req 7.3", "Returned call 20.1", "**done** 14.3",
    # "parents evening (24.2)")
    r"|mediation|contact|req|returned[ \t]+call|done\*{0,2}|evening)(?=[ \t]+\(?(?:[12]\d|3[01]|0?[1-9])\.[1-9](?!\d)"
    # (never a handbook's or a guidance's part: "Contact 2.1 in the handbook", "Mediation 2.3 of the guidance")
    r"(?![ \t]*\)?[ \t]+(?:of|in|shift|paper|and|&)\b))"
    # a meeting's with whom and its day past twelve ("Meeting w/ head Mr Ashworth 28.2"; never "review 17.3 of
    # the policy", nor a measure's "up from 13.2")
    r"|(?:meeting|mtg)(?:[ \t]+(?:w/|with)(?:[ \t]+[A-Za-z][A-Za-z.'’-]*){1,3})?"
    r"(?=[ \t]+(?:1[3-9]|2\d|3[01])\.[1-9](?!\d)(?![ \t]*(?:[-–]|to\b|till\b|until\b))(?![ \t]+(?:of|in|and|&|paper)\b))"
    # ... or a meeting's, its day past twelve and its month of two digits ("IHCP meeting 14.03 w school
    # nurse"; never "meeting 2.1 and 2.3 of his outcomes", nor a time's "meeting 12.10")
    # ("supply TA from 17.03", its month written with its nought; never a time: "from 15.10", "from
    # 13.05 to 14.00", "Next meeting 14.10")
    r"|(?:meeting|board|panel|hearing|from)(?=[ \t]+(?:1[3-9]|2\d|3[01])\.0[1-9](?!\d)(?![ \t]*(?:[-–]|to\b|till\b|until\b)))"
    # ... and whom, before a month of one digit ("Chased caseworker G Pennington 4.3"; never a
    # time's "rang mum at 3.05", "Rang Mags 9.10")
    r"|(?:chased|e-mailed|phoned|texted|contacted)"
    r"(?:[ \t]+(?!(?i:at|around|about|from|after|before|till|until|between|approx|the|a|an|re)\b)(?!" + _NUMBERED_PART
    + r"\b)[A-Za-z][A-Za-z.'’-]*){1,3}"
    r"(?=[ \t]+(?:[12]\d|3[01]|0?[1-9])\.[1-9](?!\d)))"
    r"[ \t]+(?:\((?=[^)\n]{3,5}\)))?)(?:[12]\d|3[01]|0?[1-9])\.(?:0?[1-9]|1[0-2])"
    r"(?:[ \t]?[-–][ \t]?(?:[12]\d|3[01]|0?[1-9])\.(?:0?[1-9]|1[0-2]))?(?![\d.]\d|\.\d|\d|[A-Za-z%])" + _NOT_A_DOTTED_DAY_AFTER)

# a log's next step and its day of two digits and month of two: "Chase 14.04", "Try again 10.04", "Call
# back 16.04" (never a time, "call back 12.10 tomorrow", nor a plan's section, "follow up 2.3 of the plan")
NEXT_STEP_DOTTED = re.compile(r"(?<=\b(?i:chase|chasing|again|call[ \t]+back|ring[ \t]+back|callback|follow[ \t]+up|f/u)[ \t]{1,3})"
                              r"(?:[12]\d|3[01]|0[1-9])\.(?:0[1-9]|1[0-2])(?![\d.]\d|\d|[A-Za-z%])"
                              r"(?![ \t]*(?i:am|pm|tomorrow|today|tonight|hrs|hours|of|outcomes?|section|onwards)\b)")
# "letter sent 3/3", "governors (sent 12/3)": a day and month with a slash after a word that dates
SLASH_DAY_MONTH = re.compile(
    r"(?<![\w/.])(?=\d{1,2}/\d)(?<=\b(?i:on|by|due|sent|dated|posted|w/c|wc|commencing|beginning|since|until|till|"
    # "Stage 2 due approx 10/3", "interpreter booked for 5/2 call"
    r"(?:due|on)[ \t]+(?:approx\.?|approximately|around|about|roughly|c\.)|booked[ \t]+for|"
    # "Visited 3/3 with her aunt", "rang 4/3": what was done, and when
    r"visited|seen|met|rang|phoned|called|emailed|e-mailed|spoke|started|ended|booked|held|arrived|returned|received|"
    r"checked|updated|reviewed|signed|chased|agreed|submitted|issued|completed|amended|approved|texted|"
    # "Views gathered 11/3", "College consulted 12/3"
    r"gathered|consulted|drafted|"
    # "Mr Pemberton-Oakes replied 10/6" (never "start 1/1 support", "begins 1/2 time": a ratio, a share)
    r"replied|"
    # "New case from duty 3/6", "(done 10/6)", "used Language Line 25/02", "advice line 11/03"
    r"done|duty|(?:advice|language)[ \t]+line|"

    # what was sent on the day: "her late-night email of 2/4"
    r"(?:e-?mail|message|text|voicemail)[ \t]+of|"
    # an event and its day: "attend meeting 6/3", "appt 14/5"
    r"meeting|mtg|appointment|appt|hearing|panel|visit|deadline|"
    # ... or its short form: "TAC 5/3 went well", "following AR 5/2"
    r"(?-i:TAC|TAF|AR|CIN|CP|PEP|MAM|MDT)|"
    # a diary's day: "MONDAY 7/4", "Tues 8/4"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    # "phone 12/6", "Rec'd 12/9", "Dad came in 7/10", "review 3/4 - confirmed"
    r"phone|rec['’]?d|recvd|rcvd|came[ \t]+in|contacted|review|tc|t/c|"
    # a follow-up's day: "f/u 6/2", "will call back 2/5 am", "ring back 3/4"; a voicemail's: "Left VM 3/3"
    r"vm|voicemail|f/u|follow(?:ing)?[ \t-]?up|(?:call|ring|phone|rang|called)[ \t-]?back|callback|"
    # who did it, then when: "Actioned by: KS 05/11 - msg 1 opened", "done by JB 3/4"
    r"(?:actioned|done|logged|noted|initialled|updated|closed|opened)[ \t]+by:?[ \t]+(?-i:[A-Z]{2,3})|"
    # ... and what was done, to whom, then when: "rang sendiass 4/3", "phoned Mr Greenwood 3/3",
    # "emailed docs 12/3", "completed by Darren 8/3" (never a test's or a score's: "completed the test 7/10")
    # (or to be done so, after "to" or "will": "DAL to email tribunal 4/4", "will ring school 5/3")
    r"(?:visited|seen|saw|met|rang|phoned|called|emailed|e-mailed|spoke|texted|sent|completed|chased|contacted|"
    # ("SP seeing him 5/2"; "as requested by Nan 12/3")
    r"seeing|requested[ \t]+by|"
    # ("call booked w Global Mediation 12/3", "Request drafted w mum 3/3", "appeal lodged online 5/3", "TN ring Rhys 4/3")
    r"booked|drafted|lodged|ring|"
    r"(?:to|will|pls|please)[ \t]+(?:email|e-mail|ring|call|phone|text|chase|send|contact))"
    r"(?:[ \t]+(?!(?i:the[ \t]+)?(?:test|tests|quiz|score|scored|marks?|points?|reading|spelling|level|assessment|"
    r"questions?|of|out)\b)[A-Za-z][A-Za-z.'’-]*){1,3})"
    r",?[ \t]+)(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d|[A-Za-z%])"
    r"(?![ \t]*(?i:of|mg|ml|g|kg|%|per|marks?|points?|x|targets?|outcomes?|goals?|criteria|questions?|times|"
    r"correct|right|items?|words?|hours?|hrs?|an[ \t]+hour|days?|weeks?|terms?|mins?|minutes?|sessions?|calls|"
    r"visits?|lessons?|weekends?|term|full|complete|done|way|through|the)\b)")

# A day and month with a slash and no cue, past its month, in a text that dates other things ("Walk-in
# 10/3.", "Near miss 7/3:", "Strategy meeting was 7/3;", "checked LU 11/3"): a log's shorthand. Never a
# score's, a share's or a count's, which the words either side say ("Block design 9/7 |", "scored 11/10"),
# "24/7", a table's ticks' total; a day not past its month is a fraction's shape ("pain 7/10", "Slept 6/7.")
BARE_DAY_MONTH = re.compile(r"(?<![\w/.£$€:-])(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>0?[1-9]|1[0-2])(?![\d/]|[.,]\d|[A-Za-z%])")
BARE_NOT_BEFORE = re.compile(
    r"(?i)(?:\b(?:scored?|scores|scoring|rated?|rating|ratings|grades?|levels?|entry|years?|yrs?|y|ks|key[ \t]+stage|stages?|"
    r"sets?|bands?|pages?|pp?|pg|engagement|achieved|attended|attendance|ate|did[ \t]+it|beighton|got|gets|marks?|"
    r"total|results?|working[ \t]+at|out[ \t]+of|scale|vol|no|number|version|v|class|groups?|tier|sessions?|weeks?|"
    r"terms?|wave|phase|steps?|chapter|unit|module|section|part|paper|question|q|items?|trials?|correct|"
    r"independently|only|approx|average|avg|mean|as|from|review|reviewed[ \t]+in|hand|met|wait|accuracy|"
    r"attempts?|consistency|targets?|outcomes?|goals?|criteria|sx|symptoms|circle|square|partial|made|pain|anxiety|"
    r"satisfaction|feedback|confidence|comprehension|phonics|english|maths|science|gcses?|abx|antibiotics|seizures|"
    r"dry|asleep|eats|between|around|walked|room|for|at|form|school|off|sick|unwell|ill|poorly)|(?<![-\w])in|\d|[✓✔✗×→])[ \t:(–-]*$")
BARE_NOT_AFTER = re.compile(
    r"(?i)[ \t)]*(?:times?|occasions?|opportunities|opps|sessions?|days?|lessons?|subjects?|trials?|attempts?|tries|"
    r"places|post-?natal|old|ago|hx|or[ \t]+(?:above|more|higher|better|less|below|over|fewer)|levels?|pathway|"
    r"sounds|questions?|items?|words?|correct|right|marks?|points?|targets?|outcomes?|goals?|criteria|with|for|"
    r"of|mg|ml|mcg|per|hrs?|hours?|mins?|minutes?|weeks?|terms?|visits?|calls|full|complete|way|through|"
    r"months?|yrs?|years?|ratio|split|support|time|teaching|staffing|classes|prompts?|independently|success|"
    r"achieved|on[ \t]+the[ \t]+last|in[ \t]+(?:class|session|lessons?|maths|english)|mental|observed|typical|"
    r"spontaneous(?:ly)?|fast|made|stars?|stickers?|tokens?|merits?|nights?|mornings?|afternoons?|evenings?|meals?|"
    r"gcses?|class|classes|children|pupils|pm|am|o['’]?clock|miles?|length|booked)\b|[ \t]*→")


# ... of whose words these count as often as they date: a day after them only past its month's number
# (after "booked" or "lodged" only with words between: "training now booked 2/12" is a day, as before)
NEW_COUNTED_VERB = re.compile(r"\b(?:(?i:consulted|drafted|ring|gathered)(?:[ \t]+[A-Za-z][A-Za-z.'’-]*){0,3}"
                              r"|(?i:booked|lodged)(?:[ \t]+[A-Za-z][A-Za-z.'’-]*){1,3}),?[ \t]+\Z")

# A note's writer's initials and the day she wrote it, ending its line after a sentence: "Referred
# to IS for help with the letter. DP 11/3" (never key stages or a year's letters: "KS 3/4", "NC 5/6")
SIGNED_DAY_MONTH = re.compile(r"(?m)(?<=[.!?][ \t]{1,3}(?!KS|NC|YR|SS)(?P<who>(?-i:[A-Z]{2,3}))[ \t])"
                              r"(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>0?[1-9]|1[0-2])"
                              r"(?=[ \t]*$)")

# A feast's day and its year, an exact date: "date of birth? christmas day 2014", "born on Boxing Day, 2016"
FEAST_DAY_YEAR = re.compile(r"(?i)\b(?:christmas[ \t]+(?:day|eve)|boxing[ \t]+day|new[ \t]+year['’]?s[ \t]+(?:day|eve)|"
                            r"valentine['’]?s[ \t]+day|bonfire[ \t]+night|halloween)[ \t]*,?[ \t]+(?:19|20)\d\d(?!\d)")

# A log's other words of when, before a day and month: "(email 7/3)", "call 5/3", "DBS cleared 5/3",
# "susp 11/2", "offer 5/2 10am", "diary 3/3", "wk of 10/3", "took call 11/3", "offer day 3/3", "draft
# to mum 11/3" (read only where the day is past the month's number, never a share or a count: "offer 1/2
# price", "Call 3/3 made")
LOG_DAY_MONTH = re.compile(
    r"(?<![\w/.])(?<=\b(?i:email|e-mail|call|cleared|susp|suspended|suspension|excluded|offer|offered|diary|"
    # ("draft shared 7/3", "SALT ref made 10/3", "request went in 11/2", "(letter 13/3, ref on file)",
    # "views collected 10/6"; never "calls made 3/4", "Letter 1/2 attached", "collected 5/6 stars")
    r"shared|made|went[ \t]+in|letter|collected|"
    r"(?:wk|week)[ \t]+of|took[ \t]+call|(?:offer|transition|taster|induction|results|open)[ \t]+day|"
    r"(?:to|with|from)[ \t]+(?:mum|dad|parents?|carer|nan|school|LA)|"
    r"wrote[ \t]+to[ \t]+(?:the[ \t]+)?(?:LA|school|council|tribunal|panel|SENCO|SENCo|head|mum|dad|parents?)),?[ \t]+)"
    r"(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>0?[1-9]|1[0-2])(?![\d/]|\.\d|[A-Za-z%])"
    r"(?![ \t]*(?i:of|price|off|marks?|points?|x|times|hours?|hrs?|days?|weeks?|terms?|mins?|sessions?|calls|nights|"
    r"stars|tasks|correct|made|done|right|wrong|answered|completed)\b)")

# ... of which these are followed by a day only: "diary 3/3", "wk of 4/4", "took call 3/3", "offer day 3/3"
LOG_DAY_ONLY_CUE = re.compile(r"(?i)\b(?:diary|(?:wk|week)[ \t]+of|took[ \t]+call|day|susp)[ \t]+\Z")

# What was asked for or filed on the day, the day and month ending its clause: "Mediation certificate
# requested 2/6.", "appeal lodged 3/4, hearing due" (never a share or a score: "applied 2/3 strategies",
# "requested 1/2 the hours")
ASKED_DAY_MONTH = re.compile(r"(?m)(?<=\b(?:requested|lodged|applied)[ \t])(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])"
                             r"(?=[ \t]*(?:[.;,)]|$))(?!\.\d)")
# A diary's weekday and day without a month: "Thurs 16 Jan - Fri 17", "Mon 3:" (a weekday written
# with its capital, never a count after it: "Sat 11+ exam", "Fri 2 hours"; never office hours, "Mon–Fri 9–4")
WEEKDAY_DAY = re.compile(
    r"(?<![\w–-])(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)\.?,?[ \t]+(?:[12]\d|3[01]|0?[1-9])"
    r"(?![\w:/+%-]|\.\d|[ \t]*[–-][ \t]*\d|[ \t]*(?i:hours?|hrs?|mins?|minutes?|am|pm|x|times|pupils?|children|people|weeks?|days?|of|o['’]?clock)\b)")
# Days listed before the month they share: "on 3rd, 10th, 12th and 19th March" (each day is one)
# (or written bare when "and" joins them: "missed school on 11 and 12 February")
DAY_LIST = re.compile(
    r"(?<![\w/])(?:(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)[ \t]*(?:,|&|and|or)[ \t]*)+"
    rf"(?=(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?[ \t]+(?:(?i:of)[ \t]+)?(?i:{_MONTHS}|{_MONTH_ABBR})\b)"
    # (its month Capitalised: "Questions 4 and 5 may be skipped" names none)
    r"|(?<![\w/.£$-])(?:(?:[12]\d|3[01]|0?[1-9])[ \t]*(?:,|&|and|or)[ \t]*)+"
    rf"(?=(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?[ \t]+(?:(?i:of)[ \t]+)?(?:{_MONTHS}|{_MONTH_ABBR})\b)")
_ORDINAL_DAY = re.compile(r"\d{1,2}(?i:st|nd|rd|th)?")
# A Capitalised month and a bare day, as American-style software and some writers put them, where
# only a date is meant: "on March 12.", "(Sept 3)", "March 12 at 10am", "by June 5 please" (never a
# count: "in May 3 pupils", "March 12 children", "June 20%"); a month's abbreviation not after a
# word that a month and its year follow ("dx Mar 23", "since Sept 22" are March 2023, September 2022)
MONTH_DAY = re.compile(
    rf"(?<![\w/.£$-])(?:(?<!\b(?i:in|during)[ \t]+){_MONTHS}|(?<!\b(?i:in|since|from|dx|diagnosed|during|of|before|after|last|next|early|late|mid|end|start|"
    rf"started|ended|between|and|to|until|till|circa|c\.|approx)[ \t]+){_MONTH_ABBR})[ \t]+(?P<day>[12]\d|3[01]|0?[1-9])(?![\w/.:,%+-]\d|[%+])(?![\w-])"
    r"(?![ \t]+(?:[A-Za-z]{2,}[^\Wsuia]s|children|people|staff|men|women|of|more|less|fewer|other|new|extra|out|per|"
    r"percent|x|plus|or[ \t]+more|times|hrs?|mins?|weeks?|days?|months?|years?|year[ \t-]olds?)\b)")
# (a day of 10 or more may be a year, "Arrived May 24", "moved Oct 23": a date only after a word of
# when, a bracket or a line's start, or before a time)
MONTH_DAY_CUE = re.compile(rf"(?:(?:^|\n)[ \t>*•-]*|\(|\b(?i:on|by|due|dated|until|till|{_WEEKDAY_WORD}),?[ \t]+"
                           # a label's colon: "Review date: March 12", "Deadline: June 15"
                           r"|\b(?i:date|deadline|due|dated|on)[ \t]*:[ \t]*)$")
# a lower-case word after "May 1" that is no word of a sentence going on after a date ("May 1 parent")
# (a word a count goes before, not any word: "Rang mum Feb 3 re EHCP", "March 4 went well" are dates)
COUNTED_AFTER = re.compile(r"[ \t]+(?:parent|pupil|child|person|adult|carer|point|page|member|further|more|extra|additional|"
                           r"other|new|session|hour|day|week|month|year|time|place|item|step|lesson|visit|call|meeting|"
                           r"letter|email|school|class|student|staff|officer|teacher|worker|family|case)\b")
MONTH_DAY_TIME = re.compile(r"[ \t,]+(?i:at|@|from)?[ \t]*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[ \t]?(?i:am|pm))")
# Three days or more listed with no month: "13th, 14th, 15th all sent home" (a diary's days; not
# "1st, 2nd and 3rd place")
ORDINAL_LIST = re.compile(
    r"(?<![\w/.-])(?:(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|and[ \t]+|&[ \t]*)){2,}"
    r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)(?![\w-])"
    r"(?![ \t]+(?i:place|prize|generation|floor|time|year|grade|centur)|[ \t]+(?i:of)[ \t]+(?i:the)?)")
# A calendar's or a system's date written without separators: "20250310T100000", "20250307T161204Z",
# "DTSTART;VALUE=DATE:20250310"
# A date inside a file's name, as a phone or a chat export writes it: "00000012-PHOTO-2025-03-17-09-12-44.jpg",
# "Screenshot_20250317-091244.png", "IMG_20250317_091244.jpg"
FILE_NAME_DATE = re.compile(r"(?<=[-_])(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?=[-_T][\w-]{0,60}\.(?i:jpe?g|png|gif|heic|mp4|"
                            r"mov|opus|m4a|pdf|docx?|webp|vcf)\b)")
# A date in the Hebrew or the Islamic calendar, as a rabbi's or an imam's letter heads it: "23rd
# Tishrei 5785", "12 Rabi al-Awwal 1446" (a day and its month with the year or an ordinal: "Rajab"
# alone is a name)
_OTHER_CALENDAR_MONTHS = (
    r"(?:Tishrei|Tishri|(?:Mar)?[CH]h?eshvan|Kislev|Tevet|Teves|Shevat|Shvat|Adar(?:[ \t](?:I|II|Aleph|Bet|Sheni))?|"
    r"Nisan|Iyy?ar|Sivan|Tamm?uz|(?:Menachem[ \t])?Av|Elul|"
    # (and as families write them in English letters: "Rabi-ul-Awwal", "Jamadi-us-Sani", "Zul Hijjah",
    # "Zil Qad", "Ramzan", "Moharram")
    r"Mu?h?arr?am|Moharr?am|Safar|Rabi['’ʿ]?(?:[- \t]?(?:ul|al|us|as|uth|ath))?[- \t]?(?i:awwa?l|thani|sani|akhir|akhar)|"
    r"J[au]mad[aie]['’]?(?:[- \t]?(?:ul|al|us|as))?[- \t]?(?i:awwa?l|ula|oola|thani|sani|akhirah?|ukhra)|Rajab|Sha['’]?a?ban|"
    r"Rama[dz]h?an|Ramzan|Shaw+al|(?:Dhu|Zu|Zi|Thu)l?[- \t]?(?:al[- \t]?)?(?i:qa['’]?dah?|qad|hijj?ah|hijja|hajj?))")
OTHER_CALENDAR_DATE = re.compile(
    rf"(?<![\w/.£$-])(?:[12]\d|3[01]|0?[1-9])(?:(?i:st|nd|rd|th)[ \t]+(?:(?i:of)[ \t]+)?{_OTHER_CALENDAR_MONTHS}"
    rf"(?:,?[ \t]+(?:5[78]\d\d|14\d\d)(?:[ \t]?(?:AH|AM|A\.H\.))?)?"
    rf"|[ \t]+(?:(?i:of)[ \t]+)?{_OTHER_CALENDAR_MONTHS},?[ \t]+(?:5[78]\d\d|14\d\d)(?:[ \t]?(?:AH|AM|A\.H\.))?)(?![\w-])")
COMPACT_DATE = re.compile(r"(?<![\w])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T\d{4,6}(?:Z|[+-]\d{4})?(?!\w)"
                          r"|(?<=VALUE=DATE:)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\w)")
# A date said as day and month numbers: "the date of birth is the 2nd of the 2nd"
NUMBERED_MONTH = re.compile(r"(?<![\w/])(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)[ \t]+(?i:of[ \t]+the)[ \t]+"
                            r"(?:1[0-2]|0?[1-9])(?i:st|nd|rd|th)(?![\w])"
                            # ... or a day of the month the writer is in: "the 3rd of this month", "the
                            # 28th of last month" (never "the 1st of the month", any month's)
                            r"|(?<![\w/])(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)(?=[ \t]+(?i:of[ \t]+(?:this|last|next)[ \t]+month)\b)")
# Days and months with a stop, listed: "(3 letters, 22.01, 30.01 and 11.02)" (each is one; a list of
# prices or times has no month of 13 or more... and is read by the parse that follows)
DOTTED_LIST = re.compile(r"(?<![\w.£$])(?:(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])[ \t]*(?:,|and|&)[ \t]*)+"
                         r"(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])(?![\d.]\d|\d)")
_DOTTED = re.compile(r"\d{1,2}\.\d{2}")
# "12 / 02 / 25": a scanned form's date with a space either side of each slash
# ("l8 - 2 - 25": with hyphens so spaced, the same either side)
SPACED_NUMBERS_DATE = re.compile(r"(?<=\b(?i:dated|on|born|dob|birth|birthday|is|it['’]?s|was)[ \t])(?:[12]\d|3[01]|0?[1-9]) (?:1[0-2]|0?[1-9]) (?:19|20)\d\d(?![\w/:-]|\.\d)(?! \d)")
SPACED_SLASH_DATE = re.compile(r"(?<![\w/-])(?:[12]\d|3[01]|0?[1-9]) ([/-]) (?:1[0-2]|0?[1-9]) \1 (?:19|20)?\d\d(?![\d/-])")
# After "coming", a place in a race or a table, not a day: "coming 2nd in sports day"
COMING_BEFORE = re.compile(r"(?i)\b(?:coming|come|came)[ \t]+(?:the[ \t]+)?$")
PLACE_IN_A_RACE = re.compile(r"(?i)[ \t]+(?:in|place|out|of|at[ \t]+(?:the[ \t]+)?(?:race|sports|swimming|gala))\b|[ \t]*!")
# A day and month before a time: "confirmed by text 10/3 16:03"
SLASH_BEFORE_TIME = re.compile(r"(?<![\w/.£$])(?<!\b(?i:year|yr|y|years|period|periods|group|groups|session|sessions|lesson|lessons|set|sets|class|classes|p|scored|score|scores|got|mark|marks|gets)[ \t])(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?=[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d/]|\.\d)"
                               # (or its hour and half of the day: "GDM 12/3 4pm at school")
                               r"|[ \t]+(?:1[0-2]|0?[1-9])[ \t]?(?i:am|pm)\b)")
# A diary's weekday and its day and month with a stop: "Mon 02.06" in a log's date column (never a
# time's: "Mon 9.30")
# (one of its numbers of two digits, as a date is padded: never a period's "Mon 1.1")
WEEKDAY_DOTTED = re.compile(r"(?<![\w–-])(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday|MON|TUE|TUES|WED|THU|THUR|THURS|FRI)\.?,?[ \t]+"
                            r"(?=\d\d|\d\.\d\d)(?:[12]\d|3[01]|0?[1-9])\.(?:0?[1-9]|1[0-2])(?![\d.]\d|\.\d|\d|[A-Za-z%:])"
                            + _NOT_A_DOTTED_DAY_AFTER)
# A log cell's owner and day, alone in the cell: "RB 5/6" under "Action" (never a score's "OT 3/4
# targets" nor a year group's)
CELL_INITIALS_DAY = re.compile(r"(?m)(?<=(?:^|[\t|])[ \t]*(?!(?-i:AM|PM|OT|EP|SW|TA|HT|LA|GP|HV|SN|PA|DT|SLT|IS|KS|PE|RE)\b)"
                               r"(?-i:[A-Z]{2,3})[ \t]+)(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])"
                               r"(?=[ \t]*(?:[\t|]|$))")
# A day and month alone in a table's cell ("| Section 19 letter | MA | 9/6 |", a log's last field "9/6"),
# taken where its column writes a day no month can be ("| 13/6 |"): that column's cells are dates; and
# only a day not before its month, as no score is ("| 4/10 |", "| 6/8 |" stay; "| 4/4 |" beside "| 25/3 |" is a day)
CELL_DAY_MONTH = re.compile(r"(?m)(?:(?<=[\t|])|^(?=[^\n]{0,6}\t)) {0,4}(?P<date>(?P<day>[12]\d|3[01]|0?[1-9])(?P<sep>[/.])(?P<month>0?[1-9]|1[0-2]))"
                            r"(?=[ \t]*(?:[\t|]|\r?$))")
# The second of two days listed with a slash: "(28/04 and 2/5)", "on 3/3, 10/3"
SLASH_LIST_NEXT = re.compile(r"(?<=(?<![\w/.])(?:[0-2]\d|3[01])/(?:0[1-9]|1[0-2]/(?:19|20)?\d\d)(?:/(?:19|20)?\d\d)?[ \t]*(?:,|&|and|or)[ \t]*)"
                             r"(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d|[A-Za-z%])")

# a range's ends, each a day and month with a stroke, and its dash: "21/07–1/08"
_RANGE_END = r"(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?:/(?:19|20)?\d\d)?"
_SLASH_DATE = re.compile(_RANGE_END)
RANGE_END_AFTER = re.compile(rf"[ \t]?[-–—][ \t]?(?P<date>{_RANGE_END})"
                             # (never a score after a day: "on 14/03 - 3/5 targets met", "12/05 - 7/10 correct")
                             r"(?![\d/]|\.\d|[A-Za-z%])(?![ \t]*(?i:of|marks?|points?|targets?|outcomes?|goals?|"
                             r"correct|right|wrong|pupils?|children|words|questions|spellings|on)\b)")
RANGE_START_BEFORE = re.compile(rf"(?<![\w/.])(?P<date>{_RANGE_END})[ \t]?[-–—][ \t]?$")

SLASH_LISTED_AFTER = re.compile(r"[ \t]*(?:,|&|and|or|,[ \t]*and)[ \t]*(?P<date>(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2]))"
                                r"(?![\d/]|\.\d|[A-Za-z%])"
                                # (never a fraction: "3/4 and 2/3 of his targets")
                                r"(?![ \t]*(?i:of|an|a|mg|ml|g|kg|%|per|marks?|points?|x|targets?|outcomes?|goals?|times|"
                                r"hours?|hrs?|mins?|days?|weeks?|terms?)\b)")

# "3. 3. 2025": day, month and year with a space after each stop, as Slovak and Czech write them
SPACED_DATE = re.compile(r"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.[ \u00a0](?:0?[1-9]|1[0-2])\.[ \u00a0](?:19|20)\d\d(?!\d)")


# A date with its month misspelt, as a parent types it or a scan reads it: "20th Febuary 2025",
# "4 Janaury 2024", "Septmber 3, 2024" (the year makes it a date; the word is no English one and
# is a month's name but for a letter or two: see _misspelt_month)
MISSPELT_MONTH = re.compile(
    r"(?<![\w/.£$-])(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?[ \t]+(?:(?i:of)[ \t]+)?(?P<month>[A-Za-z]{4,10})\.?,?[ \t]+(?:19|20)\d\d(?!\d)"
    r"|(?<![\w/.£$-])(?P<month2>[A-Za-z]{4,10})\.?[ \t]+(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d(?!\d)")
# (or with no year after an ordinal day: "the 3rd Febuary", "on 20th Feburary")
MISSPELT_MONTH_NO_YEAR = re.compile(
    r"(?<![\w/.£$-])(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)[ \t]+(?:(?i:of)[ \t]+)?(?P<month>[A-Za-z]{4,10})(?![\w'’-])")
_MONTH_KEYS = tuple(name.lower() for name in MONTH_NAMES)


def _misspelt_month(word: str) -> bool:
    """True if ``word`` is a month's name with a letter or two wrong, left out or swapped, and no
    English word ("Febuary", "Janaury"; never "Marks", "Mayor" or "March" itself)."""
    key = word.lower()
    if key in _MONTH_KEYS or gazetteer.load().is_english(key):
        return False
    if key.replace("rn", "m") in _MONTH_KEYS:
        return True  # a scan's "rn" for an "m": "Novernber"
    close = difflib.get_close_matches(key, _MONTH_KEYS, n=1, cutoff=0.8)
    return bool(close) and close[0][0] == key[0]


def date_patterns(score: float) -> list[Pattern]:
    """One Presidio pattern per date shape, with boundaries for searching running text."""
    patterns = []
    for shape in DATE_SHAPES:
        if shape.name == "month day":
            continue  # (found by MONTH_DAY, which reads its context; the shape is for moving it)
        before, after = (
            (_NUMERIC_BEFORE, _NUMERIC_AFTER) if shape.numeric else (_NAMED_BEFORE, _NAMED_AFTER)
        )
        patterns.append(Pattern(shape.name, before + shape.regex + after, score))
    return patterns


# A date in the language of a translated letter: Polish and Romanian months after the day
# ("15 maja", "12 maja 2025 r.", "3 septembrie 2024")
OTHER_LANGUAGE_DATE = re.compile(
    r"(?<![\w.])(?:[12]\d|3[01]|0?[1-9])\.?[ \t]+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
    r"wrze[sś]nia|pa[zź]dziernika|listopada|grudnia|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|"
    r"octombrie|noiembrie|decembrie)(?:[ \t]+(?:19|20)\d\d)?(?![\w-])")
# A date said as two ordinals: "the 3rd of the 11th 2011"
ORDINAL_OF_ORDINAL = re.compile(
    r"(?<![\w.])(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)[ \t]+of[ \t]+the[ \t]+(?:1[0-2]|0?[1-9])(?i:st|nd|rd|th)"
    r"(?:,?[ \t]+(?:19|20)\d\d)?(?![\w-])")
# A time of day just after a date (replace.dates moves the date and keeps it), not a decimal or a range's start,
# nor the next of a list of days and months ("3 March 2025, 14.03 and 21.03": dates, not a time)
# the week a date begins, written before it: "w/c 21st", "w/b 3rd March" (one date with it)
WEEK_OF_BEFORE = re.compile(r"(?<![\w/.])" + WEEK_OF + "$")
TIME_FOLLOWS = re.compile(r"(?!,?[ \t]+(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])(?:[ \t]*(?:,|and|&|or)[ \t]*"
                          r"(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])))"
                          + TIME_OF_DAY_AFTER + r"(?![\d\w]|[:.]\d|[ \t]*[-–][ \t]*\d)")


class _ExactDateRecognizer(PatternRecognizer):
    """Finds exact dates in the shared shapes; subclasses choose the entity and what to keep."""

    ENTITY = DATE
    SCORE = DATE_SCORE

    def __init__(
        self,
        patterns: Optional[List[Pattern]] = None,
        supported_language: str = "en",
        supported_entity: Optional[str] = None,
        name: Optional[str] = None,
    ):
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns or date_patterns(self.SCORE),
            context=None,  # cues are handled here, not by the context enhancer
            supported_language=supported_language,
            name=name,
        )

    def invalidate_result(self, pattern_text: str) -> Optional[bool]:
        """Drop matches that are not calendar dates (day 1-31 for the month, month 1-12)."""
        return parse_date(pattern_text, known_date=True) is None

    def find_dates(self, text: str) -> list[tuple[int, int, str, float]]:
        """(start, end, shape name, score) of every exact date, leftmost-longest, no overlaps."""
        found = []
        for pattern in self.patterns:
            for match in re.finditer(pattern.regex, text, flags=self.global_regex_flags):
                start, end = match.span()
                if self.invalidate_result(match.group()) or _after_label(text, start):
                    continue
                found.append((start, end, pattern.name, pattern.score))
        found += [(m.start("day"), m.end("day"), "day only", self.SCORE) for m in DAY_OPENING.finditer(text)]
        for rx, how in ((DAY_ONLY, "day only"), (SPOKEN_DATE, "in words"), (SPACED_DATE, "spaced"),
                        (DAY_RANGE, "range"), (DOTTED_DAY_MONTH, "day.month"), (SLASH_DAY_MONTH, "day/month"),
                        (SLASH_LIST_NEXT, "day/month"), (SLASH_BEFORE_TIME, "day/month"), (CELL_INITIALS_DAY, "day/month"),
                        (ASKED_DAY_MONTH, "day/month"), (THE_DAY_AFTER_A_TIME_WORD, "day only"),
                        (NEXT_STEP_DOTTED, "day.month"), (SIGNED_DAY_MONTH, "day/month"), (LOG_DAY_MONTH, "day/month"),
                        (FEAST_DAY_YEAR, "feast"),
                        (WEEKDAY_DOTTED, "day.month")):
            for match in rx.finditer(unwrapped(text) if rx is SPOKEN_DATE else text):
                if how == "range" and (_SCORE_BEFORE.search(text, max(0, match.start() - 12), match.start())
                                       or _after_label(text, match.start())):
                    continue
                if rx is SLASH_DAY_MONTH and NEW_COUNTED_VERB.search(text, max(0, match.start() - 48), match.start()) \
                        and int(match.group().split("/")[0]) <= int(match.group().split("/")[1]):
                    continue  # "consulted 2/3 schools", "drafted a 1/2 page", "ring round 2/3 providers": a share
                if rx in (LOG_DAY_MONTH, SIGNED_DAY_MONTH) and (
                        int(match.group("day")) < int(match.group("month")) or int(match.group("day")) == int(match.group("month"))
                        and not (rx is LOG_DAY_MONTH and LOG_DAY_ONLY_CUE.search(text, max(0, match.start() - 16), match.start()))):
                    continue  # "offer 1/2 price", "Call 3/3 made", "PE 2/3": a share or a count, read a day only
                    # where it cannot be one (a day and month alike after a word only a day follows: "diary 3/3")
                if rx is SIGNED_DAY_MONTH and match.group("who") in (gazetteer.NOT_INITIALS | gazetteer.ROLE_INITIALS
                                                                     | gazetteer.SIGN_OFF_NOT_INITIALS):
                    continue  # "Speech sessions attended. SLT 5/6": a service's or a subject's letters
                if how == "day only" and text[match.start() - 1:match.start()] == "\t" and text[match.end():match.end() + 1] == "\t":
                    continue  # a table's cell of an ordinal alone, "Review<tab>1st<tab>": a count, no day
                if how == "day only" and PLACE_IN_A_RACE.match(text, match.end()) and COMING_BEFORE.search(
                        text, max(0, match.start() - 16), match.start()):
                    continue  # "proud of coming 2nd in sports day": a place, no date
                if how == "day only" and "?" in match.group() and match.group("day"):
                    # "Are you free Thursday? The 13th": the asked weekday stays, the day goes
                    found.append((match.start("day"), match.end(), how, self.SCORE))
                    continue
                found.append((match.start(), match.end(), how, self.SCORE))
        for match in SAID_NUMBERS_DATE.finditer(text):
            if BIRTH_SAID_BEFORE.search(text, max(0, match.start() - 160), match.start()):
                found.append((match.start(), match.end(), "said as numbers", self.SCORE))
        for match in SPOKEN_DAY_ONLY.finditer(text):  # the day's word alone: "the" stays
            # (after a weekday the whole of it: "Thursday the seventeenth")
            start = match.start("weekday") if match.group("weekday") else match.start("day")
            month = SPOKEN_MONTH_AFTER.match(text, match.end("day"))
            found.append((start, month.end() if month else match.end("day"), "day in words", self.SCORE))
        misspelt = set()  # (one finding for "20th Febuary 2025", not one with its year and one without)
        for rx in (MISSPELT_MONTH, MISSPELT_MONTH_NO_YEAR):
            for match in rx.finditer(text):
                if match.start() not in misspelt and _misspelt_month(match.group("month") or match.groupdict().get("month2")):
                    misspelt.add(match.start())
                    found.append((match.start(), match.end(), "misspelt month", self.SCORE))
        for rx, how in ((WEEKDAY_DAY, "weekday and day"), (NUMBERED_MONTH, "numbered month"),
                        (SPACED_SLASH_DATE, "spaced slashes"), (SPACED_NUMBERS_DATE, "spaced numbers"), (COMPACT_DATE, "compact"),
                        (FILE_NAME_DATE, "in a file's name"),
                        (OTHER_CALENDAR_DATE, "other calendar"), (OTHER_LANGUAGE_DATE, "other language"),
                        (ORDINAL_OF_ORDINAL, "two ordinals")):
            found += [(m.start(), m.end(), how, self.SCORE) for m in rx.finditer(text)
                      # ("5th Av at 10" is an avenue: the Hebrew month Av only with its year)
                      if not (rx is OTHER_CALENDAR_DATE and re.search(r"\bAv\b", m.group())
                              and not re.search(r"\d{4}", m.group()))]
        for m in MONTH_DAY.finditer(text):
            cued = MONTH_DAY_CUE.search(text, max(0, m.start() - 16), m.start()) or MONTH_DAY_TIME.match(text, m.end())
            if int(m.group("day")) < 10 and not cued and COUNTED_AFTER.match(text, m.end()):
                continue  # "May 1 parent attend?", "the May 5 point scale": a count, no date
            if int(m.group("day")) < 10 or cued:
                found.append((m.start(), m.end(), "month and day", self.SCORE))
        for match in DOTTED_LIST.finditer(text):
            found += [(match.start() + d.start(), match.start() + d.end(), "listed day.month", self.SCORE)
                      for d in _DOTTED.finditer(match.group())]
        for rx in (DAY_LIST, ORDINAL_LIST):
            for match in rx.finditer(text):
                found += [(match.start() + d.start(), match.start() + d.end(), "listed day", self.SCORE)
                          for d in _ORDINAL_DAY.finditer(match.group())]
        found += [(m.start("date"), m.end("date"), "day/month", self.SCORE) for m in _cell_dates(text)]
        if found:
            found += [(m.start(), m.end(), "bare day/month", self.SCORE) for m in BARE_DAY_MONTH.finditer(text)
                      if _a_bare_day(text, m)]
        # the day/months listed after one found: "not arrived on 5/11, 7/11 and 8/11"
        # (each listed date walked once: a list of thousands is read in one pass)
        walked: set[int] = set()
        for end in sorted(end for _, end, how, _ in found if how == "day/month"):
            while end not in walked and (m := SLASH_LISTED_AFTER.match(text, end)) is not None:
                walked.add(end)
                found.append((m.start("date"), m.end("date"), "day/month", self.SCORE))
                end = m.end("date")
        # a range's other end, either side of a day/month found: "off 21/07–1/08", "3/03–14/03"
        # (both ends written alike, the year on both or on neither: "12/03/2024 - 7/10 on reading" is a score)
        for start, end, _, _ in list(found):
            if not _SLASH_DATE.fullmatch(text, start, end):
                continue
            years = text.count("/", start, end)
            if (m := RANGE_END_AFTER.match(text, end)) is not None and m.group("date").count("/") == years:
                found.append((m.start("date"), m.end("date"), "range day/month", self.SCORE))
            if (m := RANGE_START_BEFORE.search(text, max(0, start - 12), start)) is not None \
                    and m.group("date").count("/") == years \
                    and not _SCORE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                found.append((m.start("date"), m.end("date"), "range day/month", self.SCORE))
        # (never a time's minutes before a cell's month-name word: "10:05<tab>May (Mrs Fitzpatrick)")
        found = [f for f in found if not (f[2] == "day month [year]" and re.match(r"\d:", text[max(0, f[0] - 2):f[0]]))]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, str, float]] = []
        for item in found:
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
            elif item[1] > kept[-1][1]:  # two readings overlapping: their union ("Monday 11" and
                kept[-1] = (kept[-1][0], item[1], kept[-1][2], kept[-1][3])  # "11 Novernber 2024")
        return kept

    def analyze(
        self,
        text: str,
        entities: List[str],
        nlp_artifacts: Optional["NlpArtifacts"] = None,
        regex_flags: Optional[int] = None,
    ) -> List[RecognizerResult]:
        """Report each exact date this recognizer keeps (see ``select``)."""
        dates = self.find_dates(text)
        if self.supported_entities[0] == DATE:
            # a date and its time of day are one moment ("15/09/2025 10:07" in a call log)
            dates = [(start, m.end() if (m := TIME_FOLLOWS.match(text, end)) else end, how, score)
                     for start, end, how, score in dates]
            dates = [(w.start() if (w := WEEK_OF_BEFORE.search(text, max(0, start - 8), start)) else start, end, how, score)
                     for start, end, how, score in dates]
        chosen = self.select(text, dates)
        return [
            make_result(self, self.supported_entities[0], start, end, score, how)
            for i, (start, end, how, score) in enumerate(dates)
            if i in chosen
        ]

    def select(self, text: str, dates: list[tuple[int, int, str, float]]) -> set[int]:
        """Indexes of the dates to report."""
        return set(range(len(dates)))


def _cell_dates(text: str) -> list[re.Match]:
    """``CELL_DAY_MONTH``'s days after their month, in a column (counted by its cells' tabs or pipes)
    that writes a day no month can be."""
    columns: dict[int, list[re.Match]] = {}
    for m in CELL_DAY_MONTH.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        columns.setdefault(line.count("\t") + line.count("|"), []).append(m)
    out = []
    for column, cells in columns.items():
        header = _header_cell(text, cells[0].start(), column)
        # (under a header that says what the column holds, "F/U", "Next contact", every day: "1/7", "13.06")
        if _NEXT_HEADER.fullmatch(header):
            out += cells
            continue
        # (with a stop too: under "Date" every one, a log's "11.3" among its "10/03/25"; under "By",
        # "When", "Due", a month of one digit before which the day is, "| 21.3 |", never a time's "9.05"
        # or a section's "1.1")
        if _DATE_HEADER.fullmatch(header):
            dated_only = re.fullmatch(r"(?i)[ \t*]*dates?[ \t*]*", header) is not None
            out += [c for c in cells if c.group("sep") == "." and (dated_only or len(c.group("month")) == 1
                                                                   and int(c.group("day")) > int(c.group("month")))]
        cells = [c for c in cells if c.group("sep") == "/"]  # (elsewhere "7.5" is hours, "2.3" a section)
        late = sum(int(c.group("day")) > 12 for c in cells)
        if not late:
            continue
        # (a day on its month's own number, "| 4/4 |", where the column is surely of dates: two days no
        # month can be, or a header that says so, "By", "Due"; never full marks, "| 5/5 |" by one date)
        dated = late >= 2 or _DATE_HEADER.fullmatch(_header_cell(text, cells[0].start(), column))
        out += [m for m in cells if int(m.group("day")) > int(m.group("month"))
                or dated and m.group("day").lstrip("0") == m.group("month").lstrip("0")]
    return out


# a log's column of when the next step is: "F/U", "Follow-up", "Next contact", "Call back", "Chase"
_NEXT_HEADER = re.compile(r"(?i)[ \t*]*(?:f/u|fu|follow[ -]?up(?:[ \t]+(?:date|by|on))?|next[ \t]+(?:contact|call|step[ \t]+date|date)|"
                          r"call[ -]?back(?:[ \t]+(?:date|by|on))?|chase(?:[ \t]+(?:date|by|on))?|review[ \t]+(?:by|on))[ \t*]*")
_DATE_HEADER = re.compile(r"(?i)[ \t*]*(?:date|dates|when|by|by[ \t]+when|due|due[ \t]+date|deadline|target[ \t]+date|"
                          r"day|review[ \t]+date)[ \t*]*")


def _header_cell(text: str, at: int, column: int) -> str:
    """The header cell above a table's cell (the first line of the run of lines with its separators)."""
    start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    sep = "\t" if "\t" in text[start:line_end if line_end >= 0 else len(text)] else "|"
    while start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        if sep not in text[before:start]:
            break
        start = before
    while True:  # (a title in the table's first row, its other cells empty, is no header: the next line is)
        end = text.find("\n", start)
        cells = text[start:end if end >= 0 else len(text)].split(sep)
        if sum(1 for c in cells if c.strip()) >= 2 or end < 0 or end >= at:
            return cells[column] if column < len(cells) else ""
        start = end + 1


def _a_bare_day(text: str, m) -> bool:
    """Whether a day/month with no cue (``BARE_DAY_MONTH``) is a day: no score's, share's or count's
    word either side, no line of ticks, and past its month ("Walk-in 10/3.", never "Slept 6/7.")."""
    if int(m.group("day")) <= int(m.group("month")):
        return False  # a day not past its month is a fraction's shape ("pain 7/10", "5/7 nights", "GCSE 4/5",
        # "Slept 6/7.", "AM 4/5"): read a day only where a word says so (``SLASH_DAY_MONTH`` and the others)
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if m.group() == "24/7" or re.search(r"[✓✔✗]", line):
        return False
    if re.fullmatch(r"[ \t]*", text[line_start:m.start()].rsplit("\t", 1)[-1].rsplit("|", 1)[-1]) \
            and re.match(r"[ \t]*(?:[\t|]|\r?$)", text[m.end():line_end if line_end >= 0 else len(text)]) \
            and re.search(r"[\t|]", line):
        return False  # a table's cell of it alone ("Matrices | 6/7 |", "Reading<tab>4/3"): its column's header
        # says what it is (``_cell_dates`` reads those under a date's header)
    if BARE_NOT_BEFORE.search(text, max(line_start, m.start() - 24), m.start()) or BARE_NOT_AFTER.match(text, m.end()):
        return False
    return True


class DateRecognizer(_ExactDateRecognizer):
    """Exact dates (DATE): day and month, with or without a year and weekday."""

    ENTITY = DATE
    SCORE = DATE_SCORE


class DateOfBirthRecognizer(_ExactDateRecognizer):
    """Exact dates next to a date-of-birth cue (DATE_OF_BIRTH), scored above DATE.

    Each cue labels one date: the one after it ("DOB: 03/03/2015", "born in Rotherham on
    3 March 2015") or the one just before it ("03/03/2015 (DOB)", "4th March is her
    birthday"). Between two dates, a cue followed only by punctuation labels the next date
    ("seen 3/3/25 (DOB 4/4/15)"), otherwise the one before ("03/03/2015 (DOB), seen 4/4/24").
    """

    ENTITY = DATE_OF_BIRTH
    SCORE = DOB_SCORE

    def select(self, text: str, dates: list[tuple[int, int, str, float]]) -> set[int]:
        chosen = set()
        for cue in _DOB_CUE_RE.finditer(text):
            after = _date_after_cue(text, dates, cue.end())
            before = _date_before_cue(text, dates, cue.start())
            if after is not None and (before is None or after[1]):
                chosen.add(after[0])
            elif before is not None:
                chosen.add(before)
        return chosen


def _after_label(text: str, start: int) -> bool:
    """Whether the date starts with a number that belongs to a label ("Year 6 March")."""
    if not text[start:start + 1].isdigit():
        return False
    if FULL_NUMERIC_DATE.match(text, start):
        return False  # a whole date with its year is no label's number: "advice line 09/09/2024"
    return _LABEL_BEFORE.search(text[max(0, start - _LABEL_LOOKBACK):start]) is not None


def _date_after_cue(text: str, dates, cue_end: int) -> Optional[tuple[int, bool]]:
    """(index, whether only punctuation separates them) of the date a cue introduces."""
    for i, (start, _end, _how, _score) in enumerate(dates):
        if start < cue_end:
            continue
        gap = text[cue_end:start]
        label_only = not gap.strip(_LABEL_PUNCTUATION)
        if len(gap) > _CUE_WINDOW or _SENTENCE_END.search(gap) or _CLAUSE_BREAK.search(gap):
            return None
        if "\n" in gap and not label_only:
            return None
        return i, label_only
    return None


def _date_before_cue(text: str, dates, cue_start: int) -> Optional[int]:
    """Index of the date a cue follows ("03/03/2015 (DOB)"), if it follows one closely."""
    for i in range(len(dates) - 1, -1, -1):
        end = dates[i][1]
        if end <= cue_start:
            return i if _GAP_BEFORE_CUE.fullmatch(text, end, cue_start) else None
    return None
