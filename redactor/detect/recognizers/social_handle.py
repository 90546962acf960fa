"""Social media handle recognizer: @names, not email addresses or "@ 3pm"."""

from __future__ import annotations


import regex as re
from presidio_analyzer import Pattern

from redactor.detect import gazetteer
from redactor.detect.recognizers.base import DomainPatternRecognizer, make_result
from redactor.types import SOCIAL_HANDLE

UNDERSCORE_SCORE = 0.7
FIELD_WORDS = frozenset("id ref no num number name first last surname forename dob date time phone tel mobile email "
                        "address postcode status type notes note officer worker code category owner assigned "
                        "contact school setting year group reason outcome".split())
DOTTED_NAME_NUMBER = re.compile(r"(?<![\w@./#-])(?P<first>[a-z]{3,})(?:\.[a-z]{1,20}){1,3}\.?[a-z]{0,8}\d{1,4}(?![\w@-]|\.\w)")
FILE_NAME = re.compile(r"\.(?i:pdf|docx?|xlsx?|csv|tsv|txt|html?|jpe?g|png|gif|mp[34]|msg|eml|zip|odt|pptx?|rtf)$")


def _compound(word: str, gaz) -> bool:
    """Two dictionary words run together ("callback", "nextsteps"): a label's, not a name."""
    return any(gaz.is_english(word[:k]) and gaz.is_english(word[k:]) for k in range(3, len(word) - 2))
def _name_pair(word: str, gaz) -> bool:
    """A first name and a surname run together ("willbishop", "jadegreen"), whatever else they are."""
    return any(word[:k] in gaz.first_names and word[k:] in gaz.surnames for k in range(3, len(word) - 2))


# what is written with a number after it and is no one's handle: a year group, a console, a channel
NUMBERED_WORDS = frozenset("y yr year ks ps xbox bbc itv covid fifa gta cod ds wii switch channel".split())
_TIME = re.compile(r"@\d{1,2}(?:[.:]\d{2})?(?:am|pm)?", flags=re.IGNORECASE)


# A handle written beside the app it is on, whose naming it is evidence enough, whatever words the
# handle is made of (read by SocialHandleRecognizer.analyze, without invalidate_result's word checks):
BESIDE_AN_APP = [re.compile(rx, re.DOTALL | re.MULTILINE | re.IGNORECASE) for rx in (
    # "his snap is kaid_f1fan", "insta: jakeyb_2007": after the app's name, without its "@"; with a
    # digit or an underscore, so "his snap is private" stays (or after his "page" or "profile": "his
    # page is jordan.wheat.75"; a messaging app's too, its label after a comma: "WeChat, ID willow_mama_dby")
    r"(?<![\w@.])(?=[\w.]*[\d_])(?<=\b(?i:snap|snapchat|insta|instagram|tiktok|twitter|fb|facebook|discord|xbox|psn|gamertag|roblox|page|profile|"
    r"wechat|weixin|viber|telegram|kik|messenger)"
    r"(?:,?\s{1,3}(?i:name|handle|username|user|is|id|tag|account)){0,2}\s{0,3}[:\-]?\s{1,3}[*_\"“'‘]{0,2})"
    r"(?=[\w.]*[\d_])[A-Za-z][\w.]{2,29}(?<![.])(?![\w@])",
    # "ayaanw.swindon on TikTok", "willbishop_06 (Insta)": before the app it is on, with a digit, an
    # underscore or a dot inside
    r"(?<![\w@.])(?=[\w.]*[\d_.])[A-Za-z][\w.]{2,29}(?<![.])"
    r"(?=[ \t]{1,3}(?:\([ \t]*|on[ \t]{1,3}|[-–][ \t]{1,3})"
    r"(?i:tik[ \t]?tok|insta|instagram|snapchat|snap|twitter|facebook|fb|roblox|discord|youtube|whatsapp)\b)",
    # said on a call after the app, its underscores as words: "DM me on insta I'm dylan underscore pw
    # underscore" (within a few words of the app's name)
    r"(?<=\b(?i:snap|snapchat|insta|instagram|tiktok|twitter|discord|roblox)\b(?:[ \t]+[\w'’]+){0,3}[ \t]+)"
    r"(?i:(?!(?:a|an|the|add|adds|use|using|put|puts|with|no|one|in|is|it|its|and|or|an|your|my|his|her)\b)"
    r"[a-z][a-z0-9]*(?:[ \t]+(?:underscore|dot)[ \t]+[a-z0-9]+)*[ \t]+underscore"
    r"(?:[ \t]+(?!(?:yeah|yes|yep|um|umm|uh|er|erm|so|and|thanks|ok|okay|that|that's|it|it's|is|please)\b)[a-z0-9]+)?)"
    r"(?![\w'’-])",
)]
BESIDE_AN_APP_SCORE = 0.85


class SocialHandleRecognizer(DomainPatternRecognizer):
    """Recognize handles such as "@jo_bloggs", "@jo.bloggs.22" or "@jo@mastodon.social".

    The "@" must not follow a word character (so the local part of an email is never taken),
    must be followed directly by the name, and the name needs a letter; "@3pm" is a time.
    """

    ENTITY = SOCIAL_HANDLE
    PATTERNS = [
        Pattern(
            "Social handle",
            r"(?<![\w@.%+/-])@(?=[\w.]*[a-z])\w(?:[\w.-]{0,28}\w)?"
            r"(?:@\w+(?:-\w+)*(?:\.\w+(?:-\w+)*)+)?(?![\w@-]|\.\w)",
            0.85,
        ),
    ]
    PATTERNS.append(Pattern(
        # "Follow us: Facebook /RDParentCarersTogether", "fb: /kezw84": a page's path after its app
        "Page after an app's name",
        r"(?<=\b(?i:facebook|fb|instagram|insta|tiktok|twitter|youtube|linkedin)(?:\s{0,3}[:\-]\s{0,3}|\s{1,3})[*_]{0,2})"
        r"/[A-Za-z][\w.-]{2,49}(?<![.-])(?![\w/@])",
        0.85,
    ))
    PATTERNS.append(Pattern(
        # 'a man on Snapchat (username "callz_x99")', "her handle: kee.x.l": after the word itself,
        # in quotes or not; with a digit, an underscore or a dot inside
        "Handle after a user name's label",
        # (or a game's or an app's name for it, in brackets too: "his Roblox name (YusiPlanetz_09)")
        r"(?<![\w@.])(?<=\b(?i:username|user\s?name|gamertag|other\s+one|account|(?:roblox|minecraft|fortnite|xbox|psn|"
        r"playstation|discord|steam|tiktok|snapchat|snap|insta|instagram|game|gamer)\s?(?:name|tag|id|handle))"
        r"(?:\s{1,3}is)?\s{0,3}[:\-]?\s{0,3}[\"“'‘(]?)"
        r"(?!(?i:e\.g|i\.e|etc|n\.b|a\.k\.a)\b)(?=[\w.]*[\d_.])[A-Za-z][\w.]{2,29}(?<![.])(?![\w@])",
        0.85,
    ))
    PATTERNS.append(Pattern(
        # "kayleighdenby_x_3boys", "jake_b2009": a name joined by underscores is a handle on any
        # platform, wherever it stands (a chat's speaker, "inbox/<handle>/", "Participants:");
        # never a file's name ("message_1.html") and never a column's ("first_name", "nhs_no":
        # checked in invalidate_result)
        "Underscored name",
        r"(?<![\w@.#-])(?-i:(?=[a-z0-9.]*_)[a-z][a-z0-9]*(?:[._]+[a-z0-9]+){1,5})(?![\w@-]|\.\w)",
        UNDERSCORE_SCORE,
    ))
    PATTERNS.append(Pattern(
        # a chat export's speaker in lower case, with a digit or a dot: "kayleighdenby88  02/04/2024 21:14"
        "Lower-case speaker",
        r"(?m)^[ \t]*(?-i:(?=[a-z0-9._]*[\d.])[a-z][a-z0-9._]{2,29})(?<!\.)(?=[ \t]{1,4}\d{1,2}/\d{1,2}/\d{2,4}[ \t,]+\d{1,2}:\d{2})",
        UNDERSCORE_SCORE,
    ))
    PATTERNS.append(Pattern(
        # a forum's or a page's post, its author before the dot and the time: "BarnsleyLass_82  ·  Tue
        # 04-Feb-25 21:14", "SENDmamaBarnsley · 9 March 2025" (a handle's shape: a digit, an
        # underscore, a dot or a capital inside a word; a first name alone is a person's)
        "Author before a post's time",
        r"(?m)^[ \t]*[*_]{0,2}(?-i:(?=[A-Za-z0-9._]*(?:[\d_.]|[a-z][A-Z]))[A-Za-z][A-Za-z0-9._]{2,29})(?<![.])[*_]{0,2}"
        r"(?=[ \t]{1,4}[·•|][ \t]{1,4}(?i:mon|tue|wed|thu|fri|sat|sun|yesterday|today|just|\d))",
        0.85,
    ))
    PATTERNS.append(Pattern(
        # a comment's author opening its line, lower case with a dot and a digit: "kerry.k.mumof3  omg"
        "Comment's author",
        r"(?m)^[ \t]*(?-i:(?=[a-z0-9._]*\.)(?=[a-z0-9._]*\d)[a-z][a-z0-9._]{2,29})(?<!\.)(?=[ \t]{2,}\S)",
        UNDERSCORE_SCORE,
    ))
    CONTEXT = ["instagram", "twitter", "tiktok", "facebook", "snapchat", "x", "handle", "account"]
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # a first name joined by dots to more and ending in a number, in lower case, wherever it stands:
        # "msg via FB page from tasha.mycock.77", "kerry.k.mumof3" (never "mum.y6", "ehcp.draft2", "v1.2.3")
        gaz = gazetteer.load()
        results += [make_result(self, SOCIAL_HANDLE, m.start(), m.end(), UNDERSCORE_SCORE, "dotted name")
                    for m in DOTTED_NAME_NUMBER.finditer(text)
                    if m.group("first") in gaz.first_names and not gaz.is_english(m.group("first"))]
        results += [make_result(self, SOCIAL_HANDLE, m.start(), m.end(), BESIDE_AN_APP_SCORE, "beside an app")
                    for rx in BESIDE_AN_APP for m in rx.finditer(text)
                    if not FILE_NAME.search(m.group()) and not self._word_and_number(m.group())]
        return results


    @staticmethod
    def _word_and_number(token: str) -> bool:
        """A word or a short abbreviation and a number, no handle: "ps5", "Yr7", "Xbox360", "covid19"."""
        parts = re.fullmatch(r"([A-Za-z]+)(\d+)", token)
        if parts is None:
            return False
        letters = parts.group(1).lower()
        return letters in NUMBERED_WORDS or (len(letters) >= 4 and gazetteer.load().is_english(letters)
                                              and letters not in gazetteer.load().first_names)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject times written with an at sign ("@3pm", "@10:30"), and names joined by
        underscores that are a form's or a column's ("first_name", "ehcp_status", "sen_support"):
        one part must be no dictionary word and a listed name ("jake_b") or five letters or more
        ("kayleighdenby_x"), or letters and digits together ("3boys")."""
        if _TIME.fullmatch(pattern_text) or self._word_and_number(pattern_text):
            return True
        if pattern_text.startswith("@") or "_" not in pattern_text:
            return False
        if FILE_NAME.search(pattern_text):
            return True  # "ehcna_request_final.pdf": a file
        if re.search(r"[a-z][A-Z]", pattern_text) and re.search(r"_\d+$", pattern_text):
            return False  # "SummerSparkle_09": words run together in capitals and a number, a player's name
        gaz = gazetteer.load()
        parts = [p for p in re.split(r"[._]+", pattern_text) if p]
        if any(p in FIELD_WORDS for p in parts):
            return True  # "appellant_phone", "sendiass_officer": an export's column
        if "." in pattern_text and re.search(r"_\w*$|\._", pattern_text) and not re.search(r"\.[A-Za-z]{2,4}$", pattern_text):
            return False  # "kayy.b_x": a dot and an underscore together are a handle's, no column's

        if any(p.isdigit() for p in parts) and any(_name_pair(p, gaz) for p in parts):
            return False  # "willbishop_06": a first name and a surname run together, then a number
        return not any(
            (p.isalpha() and len(p) >= 4 and not gaz.is_english(p) and not _compound(p, gaz) and not gaz.is_cue(p)
             and (p in gaz.first_names or p in gaz.surnames or len(p) >= 5))
            or (re.search(r"[a-z]", p) and re.search(r"\d", p))
            for p in parts)
