"""Build the curated Titan datasets (data/titan/*.csv) from the Missions research notes.

usage: python data/build/titan.py /work/shared/research/titan.md   (or the research folder)

The rows below are curated by hand from the research notes: each event is retold in our own
words and keeps the source (outlet and address) the notes give for it. The script then
  * checks that every cited address really appears in the research file it was given,
  * converts every dive-day and search time from the clock it was reported in to UTC,
  * computes the derived rows (flagged derived=true) from the rows they are derived from,
  * writes tidy, sorted CSVs to data/titan/ and the SHA-256 of its inputs to
    data/build/titan-inputs.sha256.
Nothing is interpolated: where the record has no value, the cell stays blank.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "titan"
MANIFEST = ROOT / "data" / "build" / "titan-inputs.sha256"

# The clocks the times were reported in. NDT is the research notes' reading of the Marine
# Board's "local time" (TZ-INFERRED there): every NDT row carries tz_inferred=true.
CLOCKS = {
    "EDT": timezone(timedelta(hours=-4)),
    "NDT": timezone(timedelta(hours=-2, minutes=-30)),
    "UTC": timezone.utc,
}
OFFSETS = {"EDT": "-04:00", "NDT": "-02:30", "UTC": "+00:00"}

# Short names for the pages the notes cite (outlet first; "copy" = syndicated or mirrored page).
S = {
    "wiki-og": ("Wikipedia, \"OceanGate\" (revision of 25 June 2023)",
                "https://en.wikipedia.org/?oldid=1161898676&title=OceanGate"),
    "wikisum-titan": ("Wikipedia, \"Titan (submersible)\" (wikisum mirror)",
                      "https://wikisum.wiki/wiki/Titan_(submersible)"),
    "wikisum-implosion": ("Wikipedia, \"Titan submersible implosion\" (wikisum mirror)",
                          "https://wikisum.wiki/wiki/Titan_submersible_implosion"),
    "wired-geogarage": ("Wired (Mark Harris, June 2024), copy on the GeoGarage blog",
                        "https://blog.geogarage.com/2024_06_09_archive.html?m=0"),
    "pcl": ("Pierce County Lawyer, Jan–Feb 2024, p. 27",
            "http://online.flipbuilder.com/jpoc/nqzc/files/basic-html/page27.html"),
    "mts-nyt": ("The New York Times, copy on corruptionledger.com",
                "https://corruptionledger.com/oceangate-was-warned-of-potential-for-catastrophic-problems-with-titanic-mission/"),
    "wapo-ul": ("The Washington Post, via the Union Leader",
                "https://www.unionleader.com/ceo-touted-the-titan-as-one-of-the-great-moments-of-submersibles-in-2018/article_8f53edca-ed83-57c1-bfce-ba578b8cd034.html"),
    "seatech": ("OceanGate release, in Sea Technology",
                "https://sea-technology.com/manned-submersible-completes-4000-meter-validation-dive"),
    "newrepublic": ("The New Republic",
                    "http://socket.newrepublic.com/post/173802/missing-titanic-sub-faced-lawsuit-depths-safely-travel-oceangate"),
    "geekwire-2018": ("GeekWire",
                      "https://www.geekwire.com/2018/oceangate-ceo-pilots-submersible-4000-meter-depth-next-stop-dive-titanic-site-2019/"),
    "futurism": ("Futurism, copy on cgshares.com", "https://cgshares.com/posts/100127?lang=el_gr"),
    "tsb-letter": ("Transportation Safety Board of Canada, Marine Safety Information Letter 01/24",
                   "https://bst.gc.ca/eng/securite-safety/marine/2024/m23a0169/m23a0169-01-24.html"),
    "blog-2021": ("Unofficial blog built from OceanGate's archived expedition blog",
                  "https://deepdiveblog789.blogspot.com/2023/07/the-complete-2021-timeline-of-oceangate.html"),
    "ntsb-lnw": ("Syndicated news copy of the NTSB findings (localnewswave.com)",
                 "https://www.localnewswave.com/article/1031324610451566592"),
    "ntsb-fox": ("Fox 35 Orlando", "https://www.fox35orlando.com/news/ntsb-report-titan-submersible-implosion.amp"),
    "ap-timeline": ("The Associated Press, timeline (NewsNation copy)",
                    "https://digital-staging.newsnationnow.com/us-news/ap-us-news/follow-the-timeline-of-the-titan-submersibles-journey-from-departure-to-discovery"),
    "ross-ap": ("The Associated Press, via KYMA",
                "https://kyma.com/news/2024/09/19/titan-submersibles-scientific-director-says-the-sub-malfunctioned-just-prior-to-the-titanic-dive/"),
    "tsb-9news": ("TSB chair Kathy Fox, via 9News (AP)",
                  "https://www.9news.com.au/world/titanic-sub-updates-titan-submersible-implosion-investigated-by-canada/023fde4e-ba3a-494e-8944-88b1ab63e4d6"),
    "reuters": ("Reuters, via WKZO", "https://wkzo.com/2023/06/21/missing-titanic-sub-when-it-vanished-and-the-race-to-find-it/"),
    "newser-nyt": ("The New York Times, via Newser",
                   "https://img2-cdn.newser.com/story/356514/contractor-titan-crew-had-no-idea-of-impending-implosion.html"),
    "people": ("People, copy on ljnewsopinions.com", "https://ljnewsopinions.com/?p=330789"),
    "abc": ("ABC7 News", "https://abc7news.com/post/coast-guard-will-hear-former-oceangate-employees-titan-implosion/15309572"),
    "roi-quote": ("US Coast Guard Marine Board report (ROI) passage, quoted on freerepublic.com",
                  "https://freerepublic.com/focus/chat/4332785/replies?c=33"),
    "cg141": ("US Coast Guard, DVIDS, Marine Board exhibit CG-141",
              "https://www.dvidshub.net/video/963844/titan-marine-board-investigation-exhibit-cg-141"),
    "noaa-nbc": ("NBC Miami (E!/NBC)",
                 "https://www.nbcmiami.com/news/national-international/new-audio-recording-reveals-moment-of-the-titan-sub-implosion/3541664/"),
    "uscg-notified": ("US Coast Guard release, text on thenewportbuzz.com",
                      "https://www.thenewportbuzz.com/joint-search-continues-for-missing-titan-submarine/42729"),
    "necn": ("NECN", "https://www.necn.com/news/local/u-s-coast-guard-in-boston-leading-search-for-missing-submersible-that-carries-people-to-titanic-wreckage/2999404/"),
    "capecod": ("US Coast Guard release, via CapeCod.com",
                "https://www.capecod.com/cape-wide-news/coast-guard-searching-for-missing-submarine-at-titanic-wreck-site/"),
    "masslive": ("MassLive", "https://www.masslive.com/news/2023/06/titanic-submersible-reaches-estimated-deadline-for-oxygen-to-run-out.html"),
    "insideedition": ("Inside Edition",
                      "https://insideedition.com/titanic-submersible-crew-has-36-hours-of-oxygen-left-as-rescue-team-searches-area-size-of-82085?cid=trueAnthem"),
    "tweet-noises": ("US Coast Guard tweet, quoted by VOI", "https://voi.id/en/amp/288774"),
    "eagle": ("WRUF 103.3 The Eagle (Cox Media)",
              "https://www.1033theeagle.com/news/trending/missing-titanic-tourist-sub-more-vessels-join-search-after-underwater-noises-heard/QHQ2CKF66BAKXBSWEKAGH7GROU/"),
    "al-deadline": ("AL.com", "https://www.al.com/news/2023/06/titanic-tourist-sub-search-is-there-any-hope-of-a-safe-rescue.html"),
    "mediaite": ("Mediaite", "https://www.mediaite.com/news/coast-guard-debris-field-found-during-search-for-titanic-sub/"),
    "vocm": ("VOCM", "https://vocm.com/2023/06/23/search-continues-in-area-of-titanic-site-as-coast-guard-considers-recovery"),
    "dvids-briefing": ("US Coast Guard, DVIDS video of the 22 June 2023 briefing",
                       "https://www.dvidshub.net/video/888022/coast-guard-holds-press-briefing-about-discovery-debris-belonging-21-ft-submersible-titan"),
    "prs": ("Pelagic Research Services release, 22 June 2023",
            "http://pelagic-services.com/web2/index.php/2023/09/12/prs-titan-support-release-22-june-23"),
    "navy-nbc": ("NBC News live blog, copy on mnnofa.com",
                 "https://mnnofa.com/world-news/all-5-aboard-titanic-sub-presumed-dead-after-evidence-of-catastrophic-implosion"),
    "navy-noise-global": ("Global News",
                          "https://globalnews.ca/news/10325697/knocking-sound-titan-submersible-search-audio-documentary/"),
    "sonobuoy": ("Report of a Canadian memo (Rolling Stone/CNN), copy on sweetrhythmsonline.com",
                 "https://sweetrhythmsonline.com/news/sounds-detected-by-crews-searching-for-titanic-submersible-us-coast-guard"),
    "masslive-mbi": ("MassLive", "https://www.masslive.com/news/2023/06/coast-guard-conducting-highest-level-investigation-into-titan-submersible.html"),
    "rttnews": ("US Coast Guard release, via RTTNews",
                "https://www.rttnews.com/3372967/u-s-coast-guard-recovers-presumed-human-remains-from-titan-submarine.aspx"),
    "people-suspend": ("People", "https://people.com/oceangate-suspends-all-exploration-commercial-operations-following-titan-sub-implosion-7557606"),
    "ap-oct": ("The Associated Press, via WTOK",
               "https://www.wtok.com/2023/10/10/coast-guard-says-it-has-recovered-remaining-parts-submersible-that-imploded-killing-5/"),
    "uscg-hearing": ("US Coast Guard press release", "https://news.uscg.mil/Press-Releases/Article/3898222"),
    "lochridge-nypost": ("New York Post, copy on cybernistas.com", "https://cybernistas.com/?p=81364"),
    "dvids-reddit": ("Reddit post of the DVIDS release, 8 Feb 2025",
                     "https://r.genit.al/r/OceanGateTitan/comments/1ikcnzq/dvids_video_the_titan_submersible_coast_guard"),
    "netflix-dt": ("Daily Times",
                   "https://dailytimes.com.pk/1305550/netflix-to-release-gripping-documentary-on-titan-submarine-tragedy/"),
    "netflix-bgr": ("BGR", "https://bgr.com/entertainment/netflix-marks-two-years-since-oceangate-tragedy-with-titan-sub-documentary/"),
    "uscg-roi": ("US Coast Guard press release on the Marine Board report",
                 "https://www.news.uscg.mil/Press-Releases/Article/4265651/coast-guard-marine-board-of-investigation-releases-report-on-titan-submersible"),
    "wreck-ap": ("The Associated Press, copy on illinoisnewstoday.com",
                 "https://illinoisnewstoday.com/titan-submarine-recovery-update-ship-with-wreckage-of-titanic-submarine-returns-to-newfoundland-harbor/512732/"),
    "wreck-latintimes": ("Latin Times",
                         "https://latintimes.com/coast-guard-reveals-chilling-final-message-inside-titan-sub-just-before-fatal-implosion-559569"),
    "yahoo-price": ("Yahoo News timeline", "https://news.yahoo.com/missing-titan-timeline-key-events-070144801.html"),
    "cbs-texas": ("CBS Texas", "https://www.cbsnews.com/texas/news/us-coast-guard-outlines-conclusions-to-oceangate-sub-investigation/"),
    "wcbd": ("WCBD (US Coast Guard), copy on oldskool921.com",
             "https://oldskool921.com/hearing-for-imploded-titan-submersible-happening-in-north-charleston-coast-guard-says"),
    "harding-aj": ("Al Jazeera", "https://www.aljazeera.com/news/2023/6/23/titan-sub-timeline-when-did-it-go-missing-and-other-key-events"),
    "cp-newsalert": ("The Canadian Press, via the Toronto Star",
                     "https://www.thestar.com/business/2023/06/19/cp-newsalert-search-underway-for-sub-missing-near-titanic-wreck-off-newfoundland.html"),
    "people-ap": ("The Associated Press, via The West Australian",
                  "https://thewest.com.au/news/disaster-and-emergency/what-we-know-about-the-titanic-tourist-sub-victims-c-11065238"),
    "people-nyt": ("The New York Times, copy on actdailynews.com", "https://actdailynews.com/?p=89360"),
    "people-profile": ("Profile of the five aboard (cloudfront copy)",
                       "https://d33gy59ovltp76.cloudfront.net/news/titanic-submarine-what-do-we-know-about-the-people-onboard"),
    "people-upday": ("Upday", "https://www.upday.com/uk/titan-sub-malfunction-left-passengers-tumbling-just-before-titanic-dive"),
    "ap-factcheck": ("The Associated Press fact check",
                     "https://apnews.com/article/fact-check-titanic-submersible-audio-banging-506912778660"),
}

# ---------------------------------------------------------------------------------------------
# 1. History, 2009–2025: date, precision, event in our words, category, a short chart label.
# ---------------------------------------------------------------------------------------------
HISTORY = [
    # id, date (YYYY, YYYY-MM or YYYY-MM-DD), category, short label, event, source key, note
    ("founded", "2009", "company", "OceanGate founded",
     "Stockton Rush and Guillermo Söhnlein found OceanGate in Everett, Washington.", "wiki-og", ""),
    ("sohnlein-leaves", "2013", "company", "",
     "Guillermo Söhnlein leaves the company.", "wiki-og", ""),
    ("design-starts", "2013", "testing", "Design work begins",
     "OceanGate begins designing a sub with a carbon-fibre hull and titanium ends, working with the "
     "University of Washington's Applied Physics Laboratory; it is first called Cyclops 2, later Titan.",
     "wikisum-titan", ""),
    ("scale-model", "2016-07-07", "testing", "Scale model fails",
     "A scale model of the hull is pressure-tested at the University of Washington; Wired reported in "
     "2024 that it failed thousands of metres short of its design depth.", "wired-geogarage",
     "Account from Wired's 2024 reporting"),
    ("hull-contract", "2017-01", "testing", "",
     "OceanGate contracts Spencer Composites to build the carbon-fibre cylinder, designed for 4,000 m.",
     "wikisum-titan", ""),
    ("lochridge-report", "2018-01-18", "warning", "Lochridge's inspection report",
     "David Lochridge, director of marine operations, gives Rush a quality-control inspection report "
     "that criticises the sub's design, testing and certification.", "pcl", ""),
    ("lochridge-fired", "2018-01-19", "company", "Lochridge dismissed",
     "After a meeting with Rush and other executives about the report, Lochridge is dismissed.", "pcl", ""),
    ("negley-email", "2018-03", "warning", "Boeing engineer's email",
     "Boeing engineer Mark Negley emails Rush that the hull carries a high risk of failing at or before "
     "4,000 m, according to the Wikipedia article on the implosion.", "wikisum-implosion", ""),
    ("mts-letter", "2018-03-27", "warning", "Industry committee letter",
     "The Marine Technology Society's crewed-submersibles committee writes to Rush, signed by more than "
     "three dozen members, expressing unanimous concern about OceanGate's approach.", "mts-nyt", ""),
    ("christening", "2018-04", "company", "",
     "Titan is christened in Everett; Rush calls it a great moment for submersibles.", "wapo-ul", ""),
    ("bahamas-proof", "2018-06", "testing", "",
     "After 20 shallow crewed dives in Puget Sound, uncrewed dives in the Bahamas proof-test the hull to "
     "4,000 m, according to OceanGate.", "seatech", "Company's own account"),
    ("lochridge-lawsuit", "2018-06-26", "legal", "Lawsuit and counterclaim",
     "OceanGate sues Lochridge; he counterclaims that he was wrongfully dismissed as a whistleblower.",
     "pcl", "The suit was later settled (terms not in our record)"),
    ("validation-dive", "2018-12-10", "testing", "Solo 4,000 m dive",
     "Rush pilots Titan alone to 4,000 m off Great Abaco, Bahamas; the first Titanic expedition is "
     "moved from 2018 to 2019.", "seatech", ""),
    ("stanley-cracks", "2019-04", "warning", "Cracking noises reported",
     "Karl Stanley, a submersible operator who rode on Titan off the Bahamas, reports cracking noises, "
     "according to Futurism.", "futurism", ""),
    ("hull-replaced", "2021", "testing", "",
     "By 2021 the original hull, which had developed fatigue damage, has been replaced.", "wikisum-titan",
     "The record dates this only to 2019–2021"),
    ("canada-2021", "2021-06", "expedition", "",
     "Titan and its launch platform are trucked into Canada; the 2021 and 2022 expeditions work from "
     "the ship Horizon Arctic.", "tsb-letter", ""),
    ("first-titanic-dive", "2021-07", "expedition", "First dive to the Titanic",
     "Titan reaches the Titanic wreck for the first time.", "blog-2021",
     "Sources disagree on the day (10 or 24 July 2021); both are unofficial"),
    ("canada-2022", "2022-06", "expedition", "",
     "Titan is brought back to Canada for the 2022 survey expedition.", "tsb-letter", ""),
    ("dive-80-bang", "2022-07-15", "warning", "Dive 80: loud bang",
     "On dive 80 a loud bang is heard during the ascent; the NTSB later found hull damage from this "
     "dive, worsened on dive 82, and Titan kept diving.", "ntsb-lnw", ""),
    ("weather-2023", "2023-05", "expedition", "",
     "Bad weather stops the first missions of the 2023 season from diving.", "ap-timeline", ""),
    ("dive-87-aborted", "2023-06-12", "warning", "Dive 87 aborted",
     "Dive 87 is cut short by a ballast and platform fault; the sub surfaces at a steep angle, as "
     "OceanGate's former scientific director told the 2024 hearing.", "ross-ap", ""),
    ("polar-prince-leaves", "2023-06-16", "expedition", "",
     "The support ship Polar Prince leaves St. John's, Newfoundland, towing Titan, with 41 people on "
     "board.", "tsb-9news", ""),
    ("dive-88", "2023-06-18", "dive", "The last dive",
     "On dive 88, Titan's first of the season, five people descend towards the Titanic; contact is "
     "lost during the descent.", "reuters", "Times of day: see the dive-and-search table"),
    ("uscg-notified", "2023-06-18", "search", "",
     "The US Coast Guard is told that Titan is overdue; the search begins.", "uscg-notified", ""),
    ("search-public", "2023-06-19", "search", "",
     "News of the search breaks: Canada's rescue centre in Halifax says the sub was reported overdue on "
     "Sunday evening.", "cp-newsalert", ""),
    ("banging-noises", "2023-06-20", "search", "",
     "Canadian aircraft's sonobuoys pick up banging noises; the search is moved towards them.",
     "sonobuoy", ""),
    ("debris-found", "2023-06-22", "search", "Debris found",
     "A remotely operated vehicle finds Titan's tail cone near the Titanic; the Coast Guard announces "
     "that the sub imploded.", "vocm", ""),
    ("mbi-convened", "2023-06-23", "inquiry", "",
     "The Coast Guard convenes a Marine Board of Investigation; Canada's TSB opens its own inquiry.",
     "masslive-mbi", ""),
    ("recovery-1", "2023-06-28", "recovery", "",
     "Debris is landed at St. John's; the Coast Guard says presumed human remains were recovered.",
     "rttnews", ""),
    ("operations-suspended", "2023-07-06", "company", "",
     "OceanGate suspends all exploration and commercial operations.", "people-suspend", ""),
    ("recovery-2", "2023-10-04", "recovery", "",
     "A second salvage brings up the remaining debris and more presumed human remains.", "ap-oct",
     "Announced 10 October 2023"),
    ("tsb-letter", "2024-06-13", "inquiry", "",
     "Canada's TSB issues a safety letter on unregistered submersibles still operating.", "tsb-letter", ""),
    ("hearing-opens", "2024-09-16", "inquiry", "Public hearing",
     "The Marine Board's public hearing opens in North Charleston, South Carolina; it sits until 27 "
     "September.", "uscg-hearing", ""),
    ("lochridge-testifies", "2024-09-17", "inquiry", "",
     "Lochridge testifies at the hearing about the flaws he had reported.", "lochridge-nypost", ""),
    ("noaa-audio", "2025-02-07", "inquiry", "",
     "The Marine Board releases a NOAA recording of the suspected implosion.", "dvids-reddit", ""),
    ("documentary-tribeca", "2025-06-06", "media", "",
     "Netflix's documentary \"Titan: The OceanGate Disaster\" premieres at the Tribeca festival.",
     "netflix-dt", ""),
    ("documentary-netflix", "2025-06-11", "media", "Documentary",
     "The documentary streams worldwide on Netflix; it includes audio of Rush dismissing Lochridge.",
     "netflix-bgr", "The source article reports the audio in June 2025"),
    ("mbi-report", "2025-08-05", "inquiry", "Marine Board report",
     "The Marine Board publishes its report: it calls the loss preventable and makes 17 safety "
     "recommendations.", "uscg-roi", ""),
    ("ntsb-report", "2025-10-15", "inquiry", "NTSB report",
     "The NTSB's final report names OceanGate's inadequate engineering process as the probable cause.",
     "ntsb-lnw", ""),
]

# ---------------------------------------------------------------------------------------------
# 2. Dive day and search: each time as reported, the clock it was reported in, and UTC.
# ---------------------------------------------------------------------------------------------
# account: which official account the time belongs to (uscg-2023 = Coast Guard statements in
# June 2023; mbi-2024-25 = Marine Board hearing 2024 and report 2025; other = neither).
DIVE = [
    # id, local time, clock, reported as, account, approx, category, public, value, value_max, unit,
    # event, source key, note
    ("uscg-descent-start", "2023-06-18T08:00:00", "EDT", "8 a.m. ET (1200 GMT)", "uscg-2023", False,
     "dive", False, None, None, "",
     "Titan begins its descent, by the Coast Guard's account of June 2023.", "reuters", ""),
    ("mbi-descent-start", "2023-06-18T09:15:00", "NDT", "around 9:15 a.m. local time", "mbi-2024-25", True,
     "dive", False, None, None, "",
     "Titan leaves the surface, by the Marine Board's opening account at the 2024 hearing.", "newser-nyt",
     "The Coast Guard's hearing animation said around 9:20 a.m. local time"),
    ("mbi-all-good", "2023-06-18T10:15:00", "NDT", "10:15 a.m. local time", "mbi-2024-25", False,
     "dive", False, 2274, None, "m",
     "Titan texts the support ship that all is well, at about 2,274 m.", "people",
     "Some reports give 10:14"),
    ("mbi-last-text", "2023-06-18T10:47:02", "NDT", "10:47:02 local time", "mbi-2024-25", False,
     "dive", False, 3341, None, "m",
     "Last text from Titan: it has dropped two weights, at 3,341 m.", "roi-quote", ""),
    ("mbi-last-ping", "2023-06-18T10:47:08", "NDT", "10:47:08 local time", "mbi-2024-25", False,
     "dive", False, 3346.28, None, "m",
     "Last automated position from Titan, at 3,346.28 m, six seconds after the last text.", "roi-quote", ""),
    ("mbi-implosion", "2023-06-18T10:47:09", "NDT", "approximately 10:47:09 local time", "mbi-2024-25", True,
     "dive", False, 4930, None, "psi",
     "The hull implodes, by the Marine Board report's estimate; the water pressure was about 4,930 psi.",
     "roi-quote", ""),
    ("mbi-bang-heard", "2023-06-18T10:47:11", "NDT", "two seconds later", "mbi-2024-25", True,
     "dive", False, None, None, "",
     "The communications team on Polar Prince hears a bang.", "roi-quote",
     "Audible in the company video released as exhibit CG-141"),
    ("noaa-recorder", "2023-06-18T09:34:00", "EDT", "9:34 a.m. EDT", "other", False,
     "dive", False, None, None, "",
     "A NOAA acoustic recorder about 900 miles away records the suspected sound of the implosion.",
     "noaa-nbc", "Time the sound reached the recorder, not the time of the implosion; released in 2025"),
    ("uscg-contact-lost", "2023-06-18T09:45:00", "EDT", "9:45 a.m. ET (1345 GMT)", "uscg-2023", False,
     "dive", False, 105, None, "min",
     "Contact with Titan is lost 1 hour 45 minutes after the descent began, by the Coast Guard's "
     "account of June 2023.", "reuters", ""),
    ("uscg-due-surface", "2023-06-18T15:00:00", "EDT", "3 p.m. ET (1900 GMT)", "uscg-2023", False,
     "dive", False, None, None, "",
     "Titan was due back at the surface.", "reuters", "MassLive gave 6:10 p.m. (zone not stated)"),
    ("uscg-notified", "2023-06-18T17:40:00", "EDT", "5:40 p.m. EDT", "uscg-2023", False,
     "search", False, None, None, "",
     "The Coast Guard receives Polar Prince's report that Titan is overdue.", "uscg-notified",
     "HistoryLink gives 5:45 p.m.; the Marine Board report blames a seven-hour delay on OceanGate's "
     "communications plan"),
    ("uscg-briefing-oxygen-70-96", "2023-06-19T16:30:00", "EDT", "briefing, 4:30 p.m. ET", "uscg-2023", False,
     "oxygen-estimate", True, 70, 96, "h",
     "First Coast Guard briefing: the sub had 96 hours of emergency oxygen, with between 70 and 96 "
     "hours left.", "necn", ""),
    ("deep-energy-arrives", "2023-06-20T07:00:00", "EDT", "7 a.m.", "uscg-2023", False,
     "search", True, None, None, "",
     "The pipe-laying ship Deep Energy arrives and starts searching with its underwater robots.",
     "capecod", ""),
    ("uscg-oxygen-40", "2023-06-20T13:00:00", "EDT", "1 p.m. ET", "uscg-2023", False,
     "oxygen-estimate", True, 40, None, "h",
     "Coast Guard: about 40 hours of oxygen left.", "masslive", ""),
    ("uscg-oxygen-36", "2023-06-20T17:00:00", "EDT", "5 p.m. ET", "uscg-2023", False,
     "oxygen-estimate", True, 36, None, "h",
     "Coast Guard: about 36 hours of oxygen left.", "insideedition", ""),
    ("uscg-noises-tweet", "2023-06-21T00:18:00", "EDT", "tweet, 12:18 a.m.", "uscg-2023", False,
     "search", True, None, None, "",
     "Coast Guard: a Canadian aircraft detected underwater noises; robot searches moved there found "
     "nothing.", "tweet-noises", "The sonobuoys first heard the banging on 20 June"),
    ("uscg-oxygen-20", "2023-06-21T11:00:00", "EDT", "11 a.m. ET", "uscg-2023", False,
     "oxygen-estimate", True, 20, None, "h",
     "Coast Guard: about 20 hours of oxygen left.", "masslive", ""),
    ("uscg-noises-briefing", "2023-06-21T13:45:00", "EDT", "briefing, 1:45 p.m.", "uscg-2023", False,
     "search", True, None, None, "",
     "Coast Guard briefing: noises heard again; the search covers an area twice the size of "
     "Connecticut.", "eagle", ""),
    ("uscg-oxygen-15", "2023-06-21T14:00:00", "EDT", "2 p.m.", "uscg-2023", False,
     "oxygen-estimate", True, 15, 16, "h",
     "Coast Guard: 15 to 16 hours of breathable air left.", "eagle", ""),
    ("uscg-oxygen-deadline", "2023-06-22T07:08:00", "EDT", "7:08 a.m. ET", "uscg-2023", False,
     "oxygen-estimate", False, 0, None, "h",
     "The moment the Coast Guard projected the 96 hours of oxygen would run out.", "al-deadline",
     "A projection announced beforehand; AP gave a window of 6 to 8 a.m. EDT"),
    ("uscg-debris-tweet", "2023-06-22T12:00:00", "EDT", "tweet, around noon", "uscg-2023", True,
     "search", True, None, None, "",
     "Coast Guard: an underwater robot has found a debris field near the Titanic.", "mediaite", ""),
    ("uscg-implosion-briefing", "2023-06-22T15:00:00", "EDT", "briefing, 3 p.m. ET", "uscg-2023", False,
     "search", True, 1600, None, "ft",
     "Coast Guard briefing: Titan's tail cone lies about 1,600 ft from the Titanic's bow; the debris "
     "shows a catastrophic implosion.", "vocm", "Scheduled start of the briefing"),
    ("prs-release", "2023-06-22T21:15:00", "UTC", "21:15 UTC (release timestamp)", "other", False,
     "search", True, None, None, "",
     "Pelagic Research Services says its robot Odysseus 6K first found the debris field.", "prs", ""),
    ("navy-confirms", "2023-06-22T22:36:00", "UTC", "22:36 UTC", "other", False,
     "search", True, None, None, "",
     "The US Navy confirms it had detected a sound consistent with an implosion on 18 June.",
     "navy-nbc", "The Navy said it shared this with the Coast Guard at once; a Coast Guard officer "
     "testified in 2024 that it was passed on on 19 June"),
]

# Derived rows: our arithmetic on the rows named in derived_from. Never reported by a source.
DERIVED = [
    # id, from id, hours to add, account, event, note
    ("derived-oxygen-end-uscg", "uscg-descent-start", 96, "uscg-2023",
     "96 hours after the Coast Guard's descent time: when the oxygen would have run out by the "
     "original estimate.", "Derived: uscg-descent-start + 96 h (life support from titan-facts)"),
    ("derived-oxygen-end-mbi", "mbi-descent-start", 96, "mbi-2024-25",
     "96 hours after the Marine Board's descent time.", "Derived: mbi-descent-start + 96 h"),
    ("derived-deadline-minus-96", "uscg-oxygen-deadline", -96, "uscg-2023",
     "The start time implied by the Coast Guard's 7:08 a.m. deadline: 96 hours earlier. It matches "
     "no reported descent time.", "Derived: uscg-oxygen-deadline - 96 h"),
]

# ---------------------------------------------------------------------------------------------
# 3. Depth points of the last dive (and the wreck's depth as a reference).
# ---------------------------------------------------------------------------------------------
DEPTH = [
    # id, event id (in titan-dive-search) or "", depth m, approx, kind, what, source key, note
    ("surface", "mbi-descent-start", 0, True, "reported", "leaves the surface", "newser-nyt",
     "Depth zero at the reported start of the descent"),
    ("all-good", "mbi-all-good", 2274, True, "reported", "\"all good here\"", "people", ""),
    ("last-text", "mbi-last-text", 3341, False, "reported", "last message", "roi-quote", ""),
    ("last-ping", "mbi-last-ping", 3346.28, False, "reported", "last ping", "roi-quote", ""),
    ("wreck", "", 3800, True, "reference", "Titanic wreck (sea floor)", "wreck-ap",
     "About 3,800 m; debris lay at about 3,810 m"),
]

# ---------------------------------------------------------------------------------------------
# 4. Other facts used in the prose and the claims.
# ---------------------------------------------------------------------------------------------
FACTS = [
    # id, quantity, value, unit, as reported, source key, note
    ("life-support-hours", "Emergency life support on Titan (OceanGate's specification, per the Coast Guard)",
     96, "h", "96 hours", "necn", ""),
    ("price-usd", "Price of a seat on a Titanic dive (an eight-day trip)", 250000, "US$", "$250,000",
     "yahoo-price", ""),
    ("price-gbp-as-printed", "The same price in pounds, as the outlet printed it", 195000, "GBP",
     "£195,000", "yahoo-price", "The outlet's own conversion; it gives no exchange rate or date"),
    ("wreck-depth-ft", "Depth of the Titanic wreck, in feet as reported", 12500, "ft", "about 12,500 ft",
     "wreck-latintimes", "Reported together with about 3,800 m"),
    ("people-aboard", "People aboard Titan on dive 88", 5, "people", "five", "reuters", ""),
    ("people-polar-prince", "People aboard Polar Prince", 41, "people", "41 (17 crew and 24 others)",
     "tsb-9news", ""),
    ("contact-lost-minutes-uscg-2024", "Minutes from descent to loss of contact (Coast Guard, 2024)",
     107, "min", "1 hour and 47 minutes", "wcbd", ""),
    ("search-surface-assets", "Surface vessels in the search (final tally)", 11, "vessels", "11", "cbs-texas", ""),
    ("search-subsurface-assets", "Underwater vehicles in the search (final tally)", 5, "vehicles", "5",
     "cbs-texas", ""),
    ("search-air-assets", "Aircraft in the search (final tally)", 4, "aircraft", "4", "cbs-texas", ""),
    ("search-area-sq-mi", "Area searched in all", 13000, "sq mi", "about 13,000 square miles", "cbs-texas", ""),
    ("mbi-report-pages", "Length of the Marine Board report", 335, "pages", "335 pages", "uscg-roi", ""),
    ("mbi-recommendations", "Safety recommendations in the Marine Board report", 17, "recommendations",
     "17", "uscg-roi", ""),
    ("navy-noise-assessment", "US Navy assessment of the banging noises", None, "",
     "probably ocean noise or other search ships", "navy-noise-global",
     "A Navy official's assessment as reported by CBS; no audio was released at the time"),
]


# ---------------------------------------------------------------------------------------------
# 5. The five people aboard, with their roles as the record gives them.
# ---------------------------------------------------------------------------------------------
PEOPLE = [
    # order, name, age, role on the dive, background, source key
    (1, "Stockton Rush", 61, "pilot", "Co-founder and chief executive of OceanGate", "people-ap"),
    (2, "Paul-Henri Nargeolet", 77, "content expert",
     "French former Navy diver and submersible pilot; director of underwater research at RMS Titanic Inc., "
     "with dozens of earlier dives to the wreck", "people-nyt"),
    (3, "Hamish Harding", 58, "mission specialist",
     "British businessman, chairman of Action Aviation", "people-profile"),
    (4, "Shahzada Dawood", 48, "mission specialist",
     "British-Pakistani businessman, vice-chairman of Engro Corporation", "people-profile"),
    (5, "Suleman Dawood", 19, "mission specialist",
     "Shahzada Dawood's son, a student at the University of Strathclyde", "people-upday"),
]


def precision(date: str) -> str:
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def full_date(date: str) -> str:
    return date + {4: "-01-01", 7: "-01", 10: ""}[len(date)]


def iso_z(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(header)
        for r in rows:
            wr.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in r])
    print(f"wrote {path.relative_to(ROOT)} ({len(rows)} rows)")


def num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    arg = Path(argv[0])
    inputs = sorted(arg.glob("titan*.md")) if arg.is_dir() else [arg]
    if not inputs:
        raise SystemExit(f"no titan research file under {arg}")
    text = "\n".join(p.read_text(encoding="utf-8") for p in inputs)
    missing = [k for k, (_, url) in S.items() if url not in text]
    if missing:
        raise SystemExit(f"sources not found in the research notes: {missing}")

    hist = []
    for i, (eid, date, cat, label, event, src, note) in enumerate(HISTORY):
        title, url = S[src]
        hist.append((full_date(date), i, [eid, full_date(date), precision(date), date, event, cat, label,
                                          title, url, note]))
    hist.sort(key=lambda t: (t[0], t[1]))
    write(OUT / "titan_history.csv",
          ["event_id", "date", "precision", "date_as_known", "event", "category", "chart_label",
           "source", "source_url", "note"], [r for _, _, r in hist])

    rows, utc = [], {}
    for (eid, local, clock, as_rep, account, approx, cat, public, value, vmax, unit, event, src,
         note) in DIVE:
        dt = datetime.fromisoformat(local).replace(tzinfo=CLOCKS[clock])
        utc[eid] = dt
        title, url = S[src]
        rows.append([eid, iso_z(dt), local, clock, OFFSETS[clock], clock == "NDT", as_rep, account, approx,
                     False, "", cat, public, num(value), num(vmax), unit, event, title, url, note])
    for eid, base, hours, account, event, note in DERIVED:
        dt = utc[base] + timedelta(hours=hours)
        local_clock = next(r[3] for r in rows if r[0] == base)
        local = dt.astimezone(CLOCKS[local_clock]).strftime("%Y-%m-%dT%H:%M:%S")
        rows.append([eid, iso_z(dt), local, local_clock, OFFSETS[local_clock], local_clock == "NDT",
                     "not reported (derived)", account, next(r[8] for r in rows if r[0] == base), True,
                     f"{base} {'+' if hours > 0 else '-'} {abs(hours)} h", "derived", False, None, None, "",
                     event, "Missions calculation", "", note])
    rows.sort(key=lambda r: (r[1], r[0]))
    write(OUT / "titan_dive_search.csv",
          ["event_id", "time_utc", "time_reported_local", "clock", "utc_offset", "tz_inferred",
           "time_as_reported", "account", "approximate", "derived", "derived_from", "category",
           "public_statement", "value", "value_max", "unit", "event", "source", "source_url", "note"],
          rows)

    depth_rows = []
    for pid, eid, depth, approx, kind, what, src, note in DEPTH:
        title, url = S[src]
        t = iso_z(utc[eid]) if eid else None
        depth_rows.append([pid, eid or None, t, num(depth), approx, kind, what, title, url, note])
    depth_rows.sort(key=lambda r: (r[2] is None, r[2] or "", r[0]))
    write(OUT / "titan_dive_depth.csv",
          ["point_id", "event_id", "time_utc", "depth_m", "approximate", "kind", "what", "source",
           "source_url", "note"], depth_rows)

    fact_rows = []
    for fid, qty, value, unit, as_rep, src, note in FACTS:
        title, url = S[src]
        fact_rows.append([fid, qty, num(value), unit, as_rep, title, url, note])
    fact_rows.sort(key=lambda r: r[0])
    write(OUT / "titan_facts.csv",
          ["fact_id", "quantity", "value", "unit", "value_as_reported", "source", "source_url", "note"],
          fact_rows)

    write(OUT / "titan_people.csv", ["order", "name", "age", "role_on_dive", "background", "source", "source_url"],
          [[o, n, a, r, b, *S[k]] for o, n, a, r, b, k in PEOPLE])

    MANIFEST.write_text("".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in inputs),
                        encoding="utf-8")
    print(f"wrote {MANIFEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
