"""
Original demo content for the portal: a fictional newsroom.

Every headline, lead, body, person and quote here was written for this
project; none is copied from a real news site. Slugs are derived from the
headlines by ``articles.slugs`` when loaded.
"""

# fmt: off
SECTIONS = [
    ("politics", "Politics", "Parliament, government and the decisions that shape the country."),
    ("economy", "Economy", "Markets, business, jobs and the cost of living."),
    ("world", "World", "Foreign news and how it reaches home."),
    ("society", "Society", "Cities, schools, housing and everyday life."),
    ("technology", "Technology", "Start-ups, software, security and the digital state."),
    ("culture", "Culture", "Books, film, theatre, music and museums."),
    ("sport", "Sport", "Football and everything else that keeps score."),
    ("science", "Science & Health", "Research, medicine, climate and space."),
]

TOPICS = [
    ("energy", "Energy", "Power plants, the grid and what keeps the lights on."),
    ("agriculture", "Agriculture", "Harvests, exports and the people who farm."),
    ("education", "Education", "Schools, universities and learning."),
    ("transport", "Transport", "Roads, bridges, buses and airports."),
    ("climate", "Climate", "Weather, emissions and adaptation."),
    ("startups", "Startups", "New companies and the money behind them."),
    ("cybersecurity", "Cybersecurity", "Attacks, defences and digital safety."),
    ("football", "Football", "The league, the national team and the grassroots."),
    ("film", "Film", "Festivals, premieres and the people behind the camera."),
    ("literature", "Literature", "Books, prizes and writers."),
    ("public-health", "Public health", "Hospitals, vaccines and prevention."),
    ("housing", "Housing", "Homes, rents and rebuilding."),
    ("banking", "Banking", "Banks, rates and money."),
    ("space", "Space", "Satellites, astronomy and launches."),
    ("elections", "Elections", "Votes, campaigns and results."),
    ("reconstruction", "Reconstruction", "Rebuilding what was destroyed."),
    ("railways", "Railways", "Trains, timetables and the network."),
    ("museums", "Museums", "Collections, exhibitions and heritage."),
    ("kyiv", "Kyiv", "News from the capital."),
    ("lviv", "Lviv", "News from Lviv and the west."),
    ("odesa", "Odesa", "News from Odesa and the south."),
    ("kharkiv", "Kharkiv", "News from Kharkiv and the east."),
]

AUTHORS = [
    ("olena-marchenko", "Olena Marchenko", "Political correspondent", "Covers parliament and the government."),
    ("taras-bondar", "Taras Bondar", "Economics editor", "Writes about markets, energy prices and jobs."),
    ("iryna-shevchuk", "Iryna Shevchuk", "Science and health reporter", "Reports on research, hospitals and climate."),
    ("mykola-hrytsenko", "Mykola Hrytsenko", "Sports writer", "Follows the football league from the stands."),
    ("sofia-lysenko", "Sofia Lysenko", "Culture editor", "Reviews books, films and exhibitions."),
    ("andrii-kovalenko", "Andrii Kovalenko", "Technology reporter", "Writes about start-ups and cybersecurity."),
    ("daria-melnyk", "Daria Melnyk", "Foreign desk", "Covers world news and diplomacy."),
]

SOURCES = [
    ("Portal correspondents", ""),
    ("Dnipro Wire", "https://dnipro-wire.example.org/"),
    ("Carpathian Press Agency", "https://cpa.example.net/"),
    ("City Council press office", ""),
    ("Black Sea Monitor", "https://blacksea-monitor.example.com/"),
]
# fmt: on

"""Demo content, batch A: 34 original, fictional articles for the news portal.

All people quoted, clubs, festivals and companies named here are invented.
Data only; no imports beyond __future__.
"""


ARTICLES_A = [
    {
        "key": "a01",
        "headline": "Grid operator completes reserve of spare transformers as regions brace for peak demand",
        "lead": (
            "The national grid operator says it now holds enough spare high-voltage transformers "
            "to replace a damaged unit in any region within days, a milestone its engineers have "
            "been working toward for more than two years."
        ),
        "section": "economy",
        "topics": ["energy", "reconstruction"],
        "authors": ["taras-bondar"],
        "source": "Dnipro Wire",
        "hours_ago": 3.0,
        "hero_alt": "Illustration: a row of large grey transformers under floodlights in a fenced substation yard",
        "hero_caption": "Spare transformers are now stored at several secret sites across the country.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": True,
        "correction": "",
        "body": """<h2>A stockpile built unit by unit</h2>
<p>The national grid operator said it has finished assembling a reserve of spare high-voltage transformers large enough to replace a failed unit in any region of the country within days rather than months. Engineers describe the reserve as the single most important step taken so far to make the power system more resilient.</p>
<p>Large transformers are custom-built, weigh well over a hundred tonnes and usually take a year or more to manufacture. When one is lost, the operator has in the past been forced to reroute power across long lines, cutting supply to some districts for hours at a time. With the new reserve in place, crews can swap a damaged unit with one already sitting in a warehouse a few hundred kilometres away.</p>
<figure class="quote"><blockquote><p>For the first time we are not waiting for a factory somewhere to finish an order. The equipment is here, it is tested, and the crews know exactly where to take it.</p></blockquote><figcaption>Halyna Ostapenko, head of network resilience at the national grid operator</figcaption></figure>
<p>The operator did not disclose how many units it holds or where they are kept, citing security concerns. It said the reserve covers every voltage class used on the main transmission network and that each unit had been load-tested before delivery.</p>
<h2>What the reserve includes</h2>
<p>According to a briefing for regional distribution companies, the programme combined purchases from several manufacturers with refurbished equipment recovered from decommissioned sites. The reserve now includes:</p>
<ul>
<li>autotransformers for the backbone transmission lines that link the largest power plants;</li>
<li>smaller step-down units used at regional substations serving cities and industrial zones;</li>
<li>mobile substations on trailers that can restore supply to a neighbourhood within a day;</li>
<li>spare bushings, cooling pumps and control cabinets, which often fail before the transformer itself.</li>
</ul>
<p>Specialist transport remains a bottleneck. Moving the heaviest units requires low-loader trucks, reinforced bridges and, in some cases, rail wagons that can carry more than 200 tonnes. The operator said it has signed standing agreements with two haulage firms and with the state rail company to keep suitable vehicles on call.</p>
<h2>What changes for households</h2>
<p>The operator was careful not to promise an end to outages. Damage to generation, rather than to the network, still limits how much electricity is available on the coldest days, and local distribution lines remain vulnerable. But engineers say the time needed to restore a damaged node should fall sharply, and scheduled power cuts should become shorter and more predictable.</p>
<p>Serhii Voloshyn, a power systems analyst at an independent energy think tank, said the reserve closes a gap that had worried planners for years. "Generation gets the headlines, but a country can have plenty of power stations and still leave a city in the dark if one substation is down," he said.</p>
<h2>Costs and who pays</h2>
<p>The programme was financed through a mix of international grants, loans from development banks and the operator's own investment budget. Officials said the total cost would be published in the operator's annual report. Regulators are expected to review whether part of the expense should be recovered through transmission tariffs, a question likely to draw attention from industrial consumers.</p>
<p>Readers can follow our continuing coverage of the power system in the <a href="/sections/economy/">Economy section</a>, and the operator's public outage map is available at <a href="https://example.org/grid/outage-map">example.org/grid/outage-map</a>.</p>""",
    },
    {
        "key": "a02",
        "headline": "Kharkiv city council approves plan to rebuild forty school shelters before next term",
        "lead": (
            "Councillors in Kharkiv voted to fund the reconstruction of forty underground school "
            "shelters, aiming to let more pupils return to classrooms instead of studying online "
            "or in metro stations."
        ),
        "section": "politics",
        "topics": ["education", "kharkiv", "reconstruction"],
        "authors": ["olena-marchenko"],
        "source": "City Council press office",
        "hours_ago": 0.6,
        "hero_alt": "Illustration: a school building with a newly painted entrance leading down to a basement shelter",
        "hero_caption": "Many Kharkiv schools still rely on basements built decades ago.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A vote with few objections</h2>
<p>The Kharkiv city council has approved a programme to rebuild and equip forty school shelters, a move officials say could allow several thousand pupils to attend lessons in person for the first time in years. The plan passed with a large majority after a debate that focused less on whether to spend the money than on which schools should come first.</p>
<p>Most schools in the city have offered a mix of online classes and in-person lessons held in adapted basements or in underground stations. Parents' groups have long argued that the arrangement leaves children isolated and tired, and teachers report gaps in subjects that depend on laboratory work or group activities.</p>
<figure class="quote"><blockquote><p>A shelter is not a luxury for a school any more. It is the difference between a child sitting in front of a laptop at home and a child sitting next to their classmates.</p></blockquote><figcaption>Kateryna Demchuk, chair of the council's education committee</figcaption></figure>
<h2>How schools were chosen</h2>
<p>The council's education department ranked schools using a points system published alongside the decision. Schools scored higher when they had:</p>
<ul>
<li>a large number of pupils currently learning fully online;</li>
<li>an existing basement that engineers judged structurally sound;</li>
<li>no other shelter within a short walking distance;</li>
<li>a younger intake, since small children find long journeys to shelters hardest.</li>
</ul>
<p>The first twelve schools on the list are expected to begin works within weeks. Each shelter will have ventilation, backup power, drinking water, toilets and enough space to hold a full timetable of lessons rather than simply wait out an alert.</p>
<h2>Money and oversight</h2>
<p>Funding will come from the city budget, a national reconstruction fund and pledges from two partner cities abroad. The council said every contract would be tendered through the public procurement system and that progress reports, including photographs of each site, would be posted online.</p>
<p>Opposition councillors supported the plan but asked for a clearer timetable. Stepan Kulyk, who sits on the budget committee, said residents had heard promises about school reconstruction before. "We voted yes because the need is obvious," he said. "Now the administration has to show that the first shelters actually open on time."</p>
<h2>What parents can expect</h2>
<p>The education department said families would be informed by their schools about any changes to the timetable. Schools that are not on the first list will continue to offer mixed learning, and the department promised to revisit the ranking every six months.</p>
<p>The decision and the full ranking table are published on the <a href="https://example.org/kharkiv/council/schools">council's website</a>. More coverage of education policy can be found in our <a href="/sections/politics/">Politics section</a>.</p>""",
    },
    {
        "key": "a03",
        "headline": "Stoppage-time equaliser in Lviv keeps the title race open as league resumes",
        "lead": (
            "Varta Lviv came from behind to draw 2-2 with league leaders Prystan Odesa, a header "
            "deep into added time leaving the top of the table as tight as it was before the break."
        ),
        "section": "sport",
        "topics": ["football", "lviv"],
        "authors": ["mykola-hrytsenko"],
        "source": "Portal correspondents",
        "hours_ago": 9.5,
        "hero_alt": "Illustration: a football rising above a crowd of players in a penalty area under stadium lights",
        "hero_caption": "The decisive header came from a corner in the final seconds.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A slow start, a frantic finish</h2>
<p>For more than an hour it looked as though the league's first round after the break would end the way many expected, with Prystan Odesa grinding out another narrow win and stretching their lead at the top. Instead, Varta Lviv's central defender Denys Ponomar rose above everyone at a late corner and headed in an equaliser that sent the home crowd into the streets still singing.</p>
<p>The visitors had been the better side in the first half. Their captain opened the scoring with a low shot from the edge of the area after a quick exchange of passes, and a second goal shortly after half-time, a deflected free kick, seemed to settle the contest.</p>
<p>Varta's coach reacted by switching to three central defenders and pushing both wing-backs high up the pitch. The change paid off almost immediately: a cross from the left found the substitute forward at the far post, and he volleyed in to make it 2-1 with twenty minutes left.</p>
<h2>Pressure tells in the final minutes</h2>
<p>Prystan dropped deeper as the clock ran down, and their goalkeeper made two fine saves in quick succession. But the pressure kept building. When the fourth official held up his board showing five added minutes, the home supporters sensed a chance, and the equaliser arrived with almost the last touch of the game.</p>
<figure class="quote"><blockquote><p>We talked at half-time about not giving up on the crosses. Nobody in this dressing room believed the match was finished, and the players showed that with their legs, not just their words.</p></blockquote><figcaption>Ihor Sydorenko, head coach of Varta Lviv</figcaption></figure>
<p>Prystan's coach was less pleased. He told reporters his side had "invited trouble" by defending too close to their own goal and said the team would review the final twenty minutes closely before the next round.</p>
<h2>What it means for the table</h2>
<p>The draw leaves Prystan top, but their advantage over the chasing group remains just two points. Iskra Kharkiv, who won comfortably away from home on the same day, are now level on points with Varta in second place, with a slightly better goal difference.</p>
<p>The schedule will decide a lot. Prystan face three of the top six clubs in the next five rounds, while Varta have a run of matches against sides in the bottom half. Iskra, who play most of their home games at a neutral venue, have the longest travel distances of any team in the league.</p>
<h2>Next up</h2>
<p>Varta travel to the capital next weekend, while Prystan host a promoted side they beat comfortably earlier in the season. Full results and the updated table are available in our <a href="/sections/sport/">Sport section</a>.</p>""",
    },
    {
        "key": "a04",
        "headline": "Kyiv startup's grid-balancing software wins contract with three regional utilities",
        "lead": (
            "A Kyiv-based startup that uses forecasting software to coordinate home batteries, "
            "rooftop solar and small generators has signed its first large deal with regional "
            "power distributors."
        ),
        "section": "technology",
        "topics": ["startups", "energy", "kyiv"],
        "authors": ["andrii-kovalenko"],
        "source": None,
        "hours_ago": 17.0,
        "hero_alt": "Illustration: a city map overlaid with glowing dots and lines representing batteries and solar panels",
        "hero_caption": "The software treats thousands of small devices as one virtual power plant.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>From pilot to paid contract</h2>
<p>Struma Labs, a Kyiv startup founded by three former engineers from the energy sector, has signed a contract with three regional distribution companies to manage a network of home batteries, rooftop solar panels and small backup generators. The deal is the company's first large commercial agreement after two years of pilots in apartment blocks on the city's left bank.</p>
<p>The software collects data from devices whose owners have signed up, forecasts demand and solar output for the next few hours, and decides when batteries should charge and when they should feed power back into the local grid. Participants are paid for the energy and flexibility they provide.</p>
<figure class="quote"><blockquote><p>Every apartment block with a battery in the basement is a tiny power station. On their own they do not matter much. Coordinated, they can keep a substation from tripping on a cold evening.</p></blockquote><figcaption>Marta Yavorska, co-founder and chief executive of Struma Labs</figcaption></figure>
<h2>How the system works</h2>
<p>The company says its platform relies on a few simple principles that were tested during the pilot phase:</p>
<ul>
<li>owners always keep a minimum charge in their batteries for their own use during outages;</li>
<li>devices respond to signals within seconds, so the utility can treat them as a fast reserve;</li>
<li>all commands are signed and encrypted, and devices ignore instructions from unknown sources;</li>
<li>payments are calculated monthly and shown in a mobile app.</li>
</ul>
<p>During the pilot, about 1,400 households and 60 small businesses took part. The company says the group was able to reduce peak load on participating substations by up to 8 per cent on the busiest evenings, a figure the utilities said they had verified with their own meters.</p>
<h2>Questions from the regulator</h2>
<p>The energy regulator has not yet published full rules for aggregators, the companies that bundle small energy resources and sell their flexibility. The contract was signed under a temporary framework that allows distributors to test new services. Industry associations have urged the regulator to make the rules permanent so that investors can plan ahead.</p>
<p>Cybersecurity is another concern. An attacker who took control of thousands of batteries could in theory destabilise a local network. Yavorska said the company had commissioned two independent security audits and would share the results with the utilities.</p>
<h2>Funding and next steps</h2>
<p>Struma Labs raised a seed round last year from a group of Ukrainian and Baltic investors and is now preparing a larger round. The company plans to hire another twenty engineers and open an office in Lviv.</p>
<p>Further reporting on the energy transition is available in our <a href="/sections/technology/">Technology section</a>, and the company's pilot report can be read at <a href="https://example.org/struma/pilot-report">example.org/struma/pilot-report</a>.</p>""",
    },
    {
        "key": "a05",
        "headline": "Odesa ports report their busiest month for grain exports in three years",
        "lead": (
            "Terminals around Odesa handled more grain, oilseeds and vegetable oil last month than "
            "in any single month for three years, port officials said, though insurers and shipowners "
            "warn that margins remain thin."
        ),
        "section": "world",
        "topics": ["agriculture", "odesa"],
        "authors": ["daria-melnyk"],
        "source": "Black Sea Monitor",
        "hours_ago": 27.5,
        "hero_alt": "Illustration: bulk carriers at a quay with conveyor belts pouring golden grain into their holds",
        "hero_caption": "Most cargo went to buyers in the Mediterranean and North Africa.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Volumes back near pre-war levels</h2>
<p>The ports of Greater Odesa handled their largest monthly volume of agricultural exports in three years, according to figures released by the regional port authority. Wheat, maize, sunflower oil and rapeseed accounted for most of the cargo, with the remainder made up of metals, timber and containerised goods.</p>
<p>Port officials attributed the increase to a combination of factors, including a strong harvest, faster inspections, and a steady rise in the number of shipowners willing to send vessels to the region. The average time a bulk carrier spent waiting for a berth fell to under two days, compared with more than a week at the worst point.</p>
<h2>Where the cargo went</h2>
<p>Data compiled by the port authority and shipping analysts show a broad spread of destinations. The largest shares went to:</p>
<ul>
<li>ports in Egypt, Turkey and elsewhere in the eastern Mediterranean;</li>
<li>buyers in the European Union, mainly Spain, Italy and the Netherlands;</li>
<li>importers in North Africa and the Middle East;</li>
<li>a growing number of customers in South and South-East Asia.</li>
</ul>
<p>Traders note that buyers in Asia are increasingly willing to take larger vessels, which lowers the cost per tonne but requires deeper berths. Two terminals in the region have begun dredging projects to handle those ships.</p>
<h2>Risks have not gone away</h2>
<p>Shipping companies remain cautious. War-risk insurance premiums for vessels calling at Ukrainian ports have fallen but are still several times higher than for other Black Sea destinations. Some shipowners continue to refuse charters to the region outright, and crews often demand bonuses.</p>
<p>Farmers, too, say the headline numbers hide difficult economics. Transport costs from inland regions to the coast remain high, and world grain prices have been weak. Many growers in the centre and east of the country say they barely cover their costs, even with the corridor working smoothly.</p>
<p>An analyst at a Black Sea shipping consultancy said the figures showed how quickly trade can recover when logistics work. "Grain follows the cheapest route. When the ports are open and the ships are insured, the cargo comes back almost immediately," the analyst said, asking not to be named because their firm advises clients in the region.</p>
<h2>What comes next</h2>
<p>The port authority expects volumes to ease in the coming months as the seasonal export peak passes. It is pressing for more investment in rail links to the terminals, where congestion often builds up during busy periods.</p>
<p>The full monthly statistics are published at <a href="https://example.org/odesa-ports/statistics">example.org/odesa-ports/statistics</a>. Our <a href="/sections/world/">World section</a> follows Black Sea trade regularly.</p>""",
    },
    {
        "key": "a06",
        "headline": "Kharkiv physicists test lightweight radiation shield for small satellites",
        "lead": (
            "A team at a Kharkiv research institute has completed beam tests of a layered shield "
            "designed to protect electronics on small satellites, a step toward flying it on a "
            "university cubesat."
        ),
        "section": "science",
        "topics": ["space", "kharkiv"],
        "authors": ["iryna-shevchuk"],
        "source": "Carpathian Press Agency",
        "hours_ago": 34.0,
        "hero_alt": "Illustration: a small cube-shaped satellite with unfolded solar panels orbiting above Earth",
        "hero_caption": "Cubesats are cheap to build but vulnerable to radiation damage.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A problem for small spacecraft</h2>
<p>Small satellites the size of a shoebox have made space far more accessible to universities and startups, but they share a weakness: their electronics are often built from ordinary commercial components that can fail when struck by high-energy particles. Heavy shielding would solve the problem, but every gram counts on a spacecraft that must fit into a standard launch container.</p>
<p>Physicists at a materials research institute in Kharkiv say they have found a promising compromise. Their shield, made of alternating thin layers of a polymer rich in hydrogen and a metal foil, was tested at a particle accelerator abroad over several weeks, with the results now submitted to a peer-reviewed journal.</p>
<h2>What the tests showed</h2>
<p>The team exposed memory chips and microcontrollers to beams of protons and heavier ions, both with and without the shield. Chips protected by the layered material suffered far fewer data errors than those behind a sheet of aluminium of the same weight, the researchers report.</p>
<figure class="quote"><blockquote><p>Aluminium is the default because it is easy. Our results suggest that a smarter arrangement of lighter materials can do the same job with less mass, or a better job with the same mass.</p></blockquote><figcaption>Oleh Lutsyk, senior researcher and project lead</figcaption></figure>
<p>The tests were carried out in stages, following a plan agreed with the partner laboratory:</p>
<ol>
<li>calibration runs with no shielding to establish a baseline error rate;</li>
<li>runs with a conventional aluminium plate of known thickness;</li>
<li>runs with three versions of the layered shield, each of equal mass;</li>
<li>long exposures to estimate how the materials themselves age under radiation.</li>
</ol>
<h2>Working around difficulties</h2>
<p>Lutsyk said the group had faced practical obstacles. Several pieces of equipment at the institute were damaged in recent years, and some experiments had to be prepared in borrowed laboratory space in other cities. Samples were manufactured in Kharkiv and shipped for testing, with colleagues abroad running parts of the experiment while the Ukrainian team followed remotely.</p>
<p>Independent experts were cautiously positive. Ivanna Kuzmenko, a space engineer who reviewed an early version of the results, said the data looked solid but that real orbits involve a mix of particles that no single accelerator can reproduce. "The only true test is flight," she said.</p>
<h2>Toward a flight demonstration</h2>
<p>The institute is in talks with a university team building a small research satellite, which could carry a sample of the shield alongside an unprotected control board. If funding is secured, the experiment could fly within two years.</p>
<p>A summary of the project is available at <a href="https://example.org/kharkiv-materials/shield">example.org/kharkiv-materials/shield</a>, and more space research news is in our <a href="/sections/science/">Science &amp; Health section</a>.</p>""",
    },
    {
        "key": "a07",
        "headline": "Odesa's Black Sea Screen festival unveils a competition packed with debut features",
        "lead": (
            "Eight of the twelve films selected for the main competition of the Black Sea Screen "
            "festival in Odesa are first features, organisers said, a record for the event and a sign "
            "of a new generation of directors."
        ),
        "section": "culture",
        "topics": ["film", "odesa"],
        "authors": ["sofia-lysenko"],
        "source": "Portal correspondents",
        "hours_ago": 46.0,
        "hero_alt": "Illustration: an open-air cinema screen facing the sea, with rows of folding chairs in the foreground",
        "hero_caption": "Screenings will again take place in the festival's open-air venue by the sea.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A younger line-up</h2>
<p>The organisers of the Black Sea Screen festival in Odesa have announced the twelve films competing for its main prize, and the list has a distinctly young profile. Eight of the films are debut features, and five of the directors are under thirty, the highest numbers in the festival's history.</p>
<p>The selection committee watched more than 160 submissions. Programme director Andriana Bilyk said the committee had not set out to favour newcomers but had found the strongest work among first-time filmmakers.</p>
<figure class="quote"><blockquote><p>These directors grew up with cameras in their pockets. They are not afraid to mix documentary and fiction, or to make a comedy about something that is anything but funny.</p></blockquote><figcaption>Andriana Bilyk, programme director of the Black Sea Screen festival</figcaption></figure>
<h2>What is in competition</h2>
<p>The line-up covers a wide range of genres and settings. Among the titles singled out by the organisers:</p>
<ul>
<li><em>Salt Wind</em>, a quiet drama about a lighthouse keeper's daughter who returns to a village on the coast;</li>
<li><em>Night Tram</em>, a Kyiv-set comedy that takes place over a single late shift;</li>
<li><em>The Mapmakers</em>, a hybrid documentary following volunteers who chart damaged buildings;</li>
<li><em>Eleven Floors</em>, a thriller confined to a single apartment block during a power cut;</li>
<li><em>Orchard</em>, an animated feature about three generations of a family of fruit growers.</li>
</ul>
<p>The remaining films include two co-productions with European partners and a road movie shot almost entirely in the Carpathians.</p>
<h2>Changes to the programme</h2>
<p>The festival will again hold most screenings in cinemas and in its open-air venue near the sea, with shelters marked for every location. A new industry section will bring together producers, distributors and streaming platforms to discuss financing for Ukrainian films, which still rely heavily on public grants.</p>
<p>Organisers also plan a series of screenings in smaller towns in the Odesa region, using a mobile cinema truck fitted with a projector and a generator. Bilyk said the tour was designed to reach audiences who "have not been inside a cinema for years".</p>
<h2>Jury and tickets</h2>
<p>The international jury will be chaired by a film editor who has worked on several festival prize-winners, organisers said, with the full jury to be named in the coming weeks. Tickets go on sale online at <a href="https://example.org/blackseascreen/tickets">example.org/blackseascreen/tickets</a>, with discounted passes for students and veterans.</p>
<p>Read more about the festival and other screen news in our <a href="/sections/culture/">Culture section</a>.</p>""",
    },
    {
        "key": "a08",
        "headline": "Lviv rents level off as a wave of new apartment blocks comes onto the market",
        "lead": (
            "After several years of steep increases driven by people relocating from other regions, "
            "rents in Lviv have flattened, estate agents say, as thousands of new flats are completed "
            "on the edges of the city."
        ),
        "section": "society",
        "topics": ["housing", "lviv"],
        "authors": ["taras-bondar"],
        "source": "Carpathian Press Agency",
        "hours_ago": 60.0,
        "hero_alt": "Illustration: new residential towers with cranes beside them on the outskirts of a historic city",
        "hero_caption": "Most new housing has gone up on the western and southern edges of Lviv.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>The pressure eases</h2>
<p>Tenants in Lviv have been among the hardest hit by the country's housing shortage. Hundreds of thousands of people moved to the city and its surrounding district, many of them for good, and rents for a typical one-bedroom flat roughly doubled within a short period. Now, estate agents and listing platforms report that prices have stopped climbing.</p>
<p>Average asking rents for one- and two-bedroom flats were broadly unchanged over the past six months, according to data from two of the largest listing sites. In some newer districts, landlords have started offering discounts or a free first month to attract tenants.</p>
<h2>Why prices have stabilised</h2>
<p>Analysts point to several factors working at once:</p>
<ul>
<li>developers have completed a large number of apartment blocks that were started in previous years;</li>
<li>some people who moved temporarily have returned home or settled elsewhere;</li>
<li>incomes in the region have grown more slowly than rents, limiting what tenants can pay;</li>
<li>a state-backed mortgage programme has helped some renters become owners.</li>
</ul>
<p>The supply effect is the largest, according to Roman Yatsenko, who runs a property research firm in the city. He estimates that more new housing was handed over to buyers in the Lviv area last year than in any year for more than a decade, with many investors putting their new flats up for rent straight away.</p>
<h2>Not everyone benefits</h2>
<p>Housing advocates caution that the flattening of averages hides wide differences. Flats in the historic centre, close to universities and offices, remain expensive and in high demand. Families with children, pets or people with disabilities still report difficulties finding landlords willing to rent to them.</p>
<p>Many of the new blocks are also far from public transport and services. Residents of some of the newest districts complain of crowded buses, too few kindergarten places and unfinished roads. The city council has promised new bus routes and is negotiating with developers to build schools as part of large projects.</p>
<p>Displaced families living in temporary accommodation face a separate problem. Some of the dormitories and modular towns set up in the early period of mass displacement are due to close, and residents say even stable market rents are beyond their reach without support.</p>
<h2>What to watch</h2>
<p>Analysts expect rents to remain stable for now, but warn that a slowdown in construction could tighten the market again within a few years. Several developers have paused new projects because of high building costs and uncertain demand.</p>
<p>More on the housing market is available in our <a href="/sections/society/">Society section</a>, and the city's housing strategy is published at <a href="https://example.org/lviv/housing-strategy">example.org/lviv/housing-strategy</a>.</p>""",
    },
    {
        "key": "a09",
        "headline": "Banks urged to tighten customer verification after a wave of fake security-service calls",
        "lead": (
            "The central bank has asked lenders to strengthen checks on transfers and phone-based "
            "verification after a sharp rise in scams in which fraudsters pose as bank security staff."
        ),
        "section": "technology",
        "topics": ["cybersecurity", "banking"],
        "authors": ["andrii-kovalenko", "taras-bondar"],
        "source": "Dnipro Wire",
        "hours_ago": 75.0,
        "hero_alt": "Illustration: a smartphone showing an incoming call from an unknown number, with a padlock symbol in the background",
        "hero_caption": "Fraudsters often spoof numbers that look like a bank's official hotline.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A familiar script</h2>
<p>The call usually starts politely. A person introduces themselves as an employee of the bank's security department and warns that someone is trying to take out a loan in the customer's name. To "protect" the account, the victim is asked to confirm a code, move money to a "safe account" or install an app that gives remote access to their phone.</p>
<p>The central bank said such schemes now account for the majority of card and account fraud reported by banks, and that losses per victim have been rising. In a letter to lenders, the regulator asked them to introduce stronger protections within months.</p>
<figure class="quote"><blockquote><p>Technology is not the weak point here. The weak point is trust, and fraudsters are very good at abusing it. Banks have to design their services so that one panicked phone call cannot empty someone's savings.</p></blockquote><figcaption>Liudmyla Savchuk, head of payment security at the central bank</figcaption></figure>
<h2>What banks are being asked to do</h2>
<p>The recommendations, which are expected to become binding rules later, include:</p>
<ul>
<li>delays and extra confirmation for large first-time transfers to unfamiliar recipients;</li>
<li>warnings in banking apps when a customer is on a phone call during a transfer;</li>
<li>detection of remote-access software running on the device;</li>
<li>faster information sharing between banks about accounts used to receive stolen money;</li>
<li>a simple way for customers to freeze their accounts in one tap.</li>
</ul>
<p>Several large banks already use some of these measures. Smaller lenders said they would need time and investment to catch up, and some fintech companies worried that too many delays would frustrate honest customers.</p>
<h2>Money mules and mobile operators</h2>
<p>Investigators say much of the stolen money passes through accounts opened by so-called money mules, often students or unemployed people who are paid small sums to let criminals use their cards. The cyber police have opened several cases against organisers of such networks.</p>
<p>The regulator also called on mobile operators to block calls that spoof the short numbers used by banks. Operators said they were testing systems that would mark suspicious calls on the recipient's screen.</p>
<h2>How to protect yourself</h2>
<p>Security experts give a simple rule: a real bank employee will never ask for a code from a text message, a card's security number or a password. If in doubt, hang up and call the number printed on the back of your card.</p>
<p>Yevhen Moroz, an independent security researcher, said older customers and people caring for relatives were frequent targets. "Talk about these calls at the dinner table," he said. "A grandparent who has heard the script once is much harder to fool."</p>
<p>The central bank's guidance for customers is published at <a href="https://example.org/centralbank/fraud-guide">example.org/centralbank/fraud-guide</a>. More on digital security is in our <a href="/sections/technology/">Technology section</a>.</p>""",
    },
    {
        "key": "a10",
        "headline": "Parliamentary committee publishes draft rules on voting for displaced citizens",
        "lead": (
            "A draft law published by a parliamentary committee sets out how millions of internally "
            "displaced people and citizens living abroad could take part in future elections, and "
            "opens a month of public consultation."
        ),
        "section": "politics",
        "topics": ["elections"],
        "authors": ["olena-marchenko"],
        "source": "Portal correspondents",
        "hours_ago": 90.0,
        "hero_alt": "Illustration: a transparent ballot box surrounded by suitcases and a map outline",
        "hero_caption": "Millions of voters no longer live at the address in the voter register.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": (
            "An earlier version of this article misstated the length of the public consultation; "
            "it runs for one month, not two."
        ),
        "body": """<h2>A practical problem for democracy</h2>
<p>When the next national elections are eventually held, one of the hardest questions will be a practical one: how do people who no longer live where they are registered cast a ballot? A parliamentary committee has now published a draft law that tries to answer it, and has invited comments from the public, civil society groups and election experts.</p>
<p>The draft deals with two large groups. The first are internally displaced people, many of whom have lived in other regions for years. The second are citizens abroad, whose numbers far exceed the capacity of the existing network of polling stations at embassies and consulates.</p>
<h2>Key proposals</h2>
<p>The committee's draft proposes a step-by-step process for updating the voter register and organising the vote:</p>
<ol>
<li>voters would be able to change their voting address online, using the state digital services app, up to a fixed number of days before polling day;</li>
<li>the central election commission would publish a list of additional polling stations abroad, based on registrations rather than on old estimates;</li>
<li>large polling stations abroad could be set up in rented public buildings, not only in diplomatic premises;</li>
<li>a pilot of postal voting would be tested for a limited group of voters before any wider use.</li>
</ol>
<figure class="quote"><blockquote><p>No one should lose their voice because their home was destroyed or because they had to take their children abroad. But every new way of voting must be as secure and transparent as the old one.</p></blockquote><figcaption>Nadiia Vakulenko, deputy chair of the parliamentary committee that prepared the draft</figcaption></figure>
<h2>Concerns from observers</h2>
<p>Election monitoring groups welcomed the draft but raised concerns. Online changes to the register, they say, must be protected against mass fraud and cyberattacks, and voters must be able to check their own records easily. Observers also warned that postal voting, while convenient, is difficult to supervise and relies on postal services in dozens of countries.</p>
<p>Petro Stasiuk, an analyst with a non-partisan election watchdog, said the timing of the consultation was encouraging. "The worst thing would be to rush this through a few weeks before an election. Starting the discussion early gives everyone time to test the systems and train staff," he said.</p>
<p>Local election commissions, meanwhile, say they face staff shortages and that many experienced members have moved or been mobilised. The draft proposes training programmes and higher pay for commission members.</p>
<h2>What happens next</h2>
<p>Comments can be submitted through the parliament's website for one month. The committee says it will publish a summary of the responses and a revised text before the draft is put to a first reading. No date for elections has been set, and the committee stressed that the law would only govern how voting is organised, not when it takes place.</p>
<p>The draft text is available at <a href="https://example.org/parliament/drafts/voting-access">example.org/parliament/drafts/voting-access</a>. Follow our coverage in the <a href="/sections/politics/">Politics section</a>.</p>""",
    },
    {
        "key": "a11",
        "headline": "Hospitals in three regions pilot shared digital records for patients with chronic illness",
        "lead": (
            "Patients with diabetes, heart failure and chronic lung disease in three regions will "
            "have their records shared between family doctors, specialists and pharmacies under a "
            "new pilot that aims to cut duplicated tests."
        ),
        "section": "science",
        "topics": ["public-health"],
        "authors": ["iryna-shevchuk"],
        "source": None,
        "hours_ago": 105.0,
        "hero_alt": "Illustration: a doctor's tablet showing a patient chart connected by lines to a pharmacy and a clinic",
        "hero_caption": "The pilot links records that were previously kept in separate systems.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>One record instead of five</h2>
<p>A patient with diabetes may see a family doctor, an endocrinologist, an eye specialist and a cardiologist in a single year, and collect prescriptions from several pharmacies. Until now, each of them often kept separate notes, and patients carried paper folders between appointments. A pilot launched in three regions aims to change that by letting all of them see a single, shared record.</p>
<p>The national health service said the pilot would involve around 90 clinics and hospitals and several hundred pharmacies. Patients must give consent, which they can do through the state digital services app or at their family doctor's practice.</p>
<figure class="quote"><blockquote><p>Too often a patient arrives with a bag of old test results, or none at all, and we start from the beginning. A shared record means we can spend the appointment treating the person instead of reconstructing their history.</p></blockquote><figcaption>Tetiana Babenko, family doctor taking part in the pilot</figcaption></figure>
<h2>What the shared record contains</h2>
<p>The pilot covers a defined set of information, chosen to be useful for managing long-term conditions:</p>
<ul>
<li>diagnoses and a list of current medications, including doses;</li>
<li>laboratory results such as blood sugar, cholesterol and kidney function;</li>
<li>discharge summaries from hospital stays;</li>
<li>allergies and previous adverse reactions to drugs;</li>
<li>a care plan agreed between the patient and their family doctor.</li>
</ul>
<p>Mental health notes and some sensitive information are excluded for now, following concerns raised by patient groups during the design stage.</p>
<h2>Privacy and security</h2>
<p>Every access to a record is logged, and patients can see who has opened their file. Clinicians may only view records of patients they are treating, and the system sends an alert if someone looks at an unusual number of files. The health service said the data are stored on government servers with backups in several locations.</p>
<p>Digital rights groups welcomed the logging but asked for an independent audit. They also called for a clear procedure for patients who want to correct errors in their records, something the health service has promised to publish before the pilot ends.</p>
<h2>Measuring success</h2>
<p>Researchers at a medical university will evaluate the pilot over a year, measuring how often tests are repeated unnecessarily, how quickly patients are referred, and whether hospital admissions for complications fall. Our earlier reporting on the health system's digital tools can be found in our <a href="/sections/science/">Science &amp; Health section</a>.</p>
<p>If the results are positive, the shared record could be extended nationwide and to other chronic conditions. The health service's information page is at <a href="https://example.org/health/shared-record">example.org/health/shared-record</a>.</p>""",
    },
    {
        "key": "a12",
        "headline": "Kharkiv's Slobidska Gallery reopens two restored halls after three years of repairs",
        "lead": (
            "Visitors queued around the block as the Slobidska Gallery in Kharkiv reopened two "
            "of its main halls, with works that had been evacuated and stored in secret returning "
            "to the walls for the first time."
        ),
        "section": "culture",
        "topics": ["museums", "kharkiv", "reconstruction"],
        "authors": ["sofia-lysenko"],
        "source": "Portal correspondents",
        "hours_ago": 120.0,
        "hero_alt": "Illustration: a bright gallery hall with tall windows, framed paintings and a few visitors",
        "hero_caption": "New windows and climate control were installed during the restoration.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Paintings return home</h2>
<p>For three years the halls of the Slobidska Gallery in Kharkiv stood empty. Windows were boarded up, the roof was patched with tarpaulins, and most of the collection had been packed into crates and moved to storage outside the city. This week, two of the gallery's main halls reopened, and the first visitors were greeted by staff who had worked through the entire period.</p>
<p>The reopened halls display around 120 works, including landscapes of the Sloboda region, portraits, and a room devoted to decorative art. Some pieces were restored during their time in storage, and curators have hung them alongside short texts describing where they were kept and how they were protected.</p>
<figure class="quote"><blockquote><p>We were asked many times whether it was too early to bring the pictures back. Our answer was that the city needs them now. People come here to remember that Kharkiv is a place of culture, not only a place on the news.</p></blockquote><figcaption>Khrystyna Palamarchuk, director of the Slobidska Gallery</figcaption></figure>
<h2>What was rebuilt</h2>
<p>The restoration was more than cosmetic. Works carried out during the closure included:</p>
<ul>
<li>a new roof and reinforced ceilings over the two main halls;</li>
<li>replacement of the windows with shatter-resistant glazing;</li>
<li>a modern climate control system that keeps humidity stable;</li>
<li>a basement store converted into a protected shelter for visitors and staff;</li>
<li>new lighting and step-free access to the ground floor.</li>
</ul>
<p>The project was funded by the city, a national culture fund and a foundation supporting heritage sites, with technical advice from conservators in partner museums abroad.</p>
<h2>Precautions remain</h2>
<p>Not all of the collection has returned. The most valuable works remain in storage, and the gallery has a plan to evacuate the displayed pieces quickly if needed. Opening hours are shorter than before, and groups of visitors are limited in size so that everyone can reach the shelter within minutes.</p>
<p>For many visitors, the reopening carried a personal meaning. A retired engineer who had visited the gallery since childhood said he had come on the first morning "to see old friends". A group of schoolchildren arrived with their art teacher and spent an hour sketching in the decorative arts room.</p>
<h2>Looking ahead</h2>
<p>The gallery plans to reopen a further three halls over the next year, along with an education centre for children and a small café. Palamarchuk said the museum would also tour a selection of works to other Ukrainian cities.</p>
<p>Visiting information is available at <a href="https://example.org/slobidska-gallery/visit">example.org/slobidska-gallery/visit</a>. More arts coverage is in our <a href="/sections/culture/">Culture section</a>.</p>""",
    },
    {
        "key": "a13",
        "headline": "Southern farmers turn to drought-tolerant sorghum as summers grow hotter and drier",
        "lead": (
            "Growers in the south are planting more sorghum and chickpeas in place of maize, "
            "betting that hardier crops will cope better with longer dry spells and make up for "
            "lost irrigation."
        ),
        "section": "economy",
        "topics": ["agriculture", "climate"],
        "authors": ["taras-bondar"],
        "source": "Black Sea Monitor",
        "hours_ago": 140.0,
        "hero_alt": "Illustration: rows of reddish sorghum heads in a dry field under a pale sky",
        "hero_caption": "Sorghum needs far less water than maize to produce a harvest.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A crop that copes with heat</h2>
<p>On the flat fields of the south, maize has long been the crop of choice for farmers looking for a good return. But after several years of scorching summers and the loss of large irrigation systems, a growing number of growers are experimenting with sorghum, an ancient grain that can survive weeks without rain.</p>
<p>Seed suppliers report that sales of sorghum seed in southern regions have risen several-fold over three seasons, from a very low base. Chickpeas, lentils and other pulses have also gained ground, helped by demand from buyers in the Middle East and South Asia.</p>
<h2>Changing the rotation</h2>
<p>Viktor Nazarenko farms about 2,000 hectares near the coast. He used to plant nearly half his land with maize. This year, sorghum and chickpeas take up a third of his fields.</p>
<figure class="quote"><blockquote><p>My father would laugh at me for growing sorghum. But he never saw summers like these. I would rather have a modest, reliable harvest than gamble everything on rain that may not come.</p></blockquote><figcaption>Viktor Nazarenko, farmer in the south of the country</figcaption></figure>
<p>Agronomists say sorghum's deep roots and waxy leaves help it withstand heat, and that it recovers quickly after dry spells. It can be used for animal feed, flour, starch and biofuel. The challenge, they say, is finding reliable buyers: the domestic market is small, and export contracts are only beginning to develop.</p>
<h2>What the climate data show</h2>
<p>Climate researchers at a national agricultural institute have found that the growing season in the south has become longer and hotter over recent decades, with more days above 35 degrees and fewer rainy days in the middle of summer. They expect these trends to continue, even as total annual rainfall changes little.</p>
<p>The institute advises farmers to adopt a mix of responses: drought-tolerant crops, no-till methods that keep moisture in the soil, shelter belts of trees to reduce wind, and, where possible, modern drip irrigation. Some of these measures require investment that small and medium farms struggle to afford.</p>
<h2>Support and scepticism</h2>
<p>The agriculture ministry has included sorghum and pulses in a programme of partial compensation for the cost of certified seed. Banks, however, remain cautious about lending for crops with limited trading history, and some traders warn that a sudden rise in supply could depress prices.</p>
<p>Nazarenko accepts the risk. He has already signed a forward contract with a feed mill for part of his sorghum and plans to sell the rest to an exporter. "Every year is an experiment now," he said. "The only thing I am sure of is that the old way is no longer safe."</p>
<p>More reporting on farming and the climate is available in our <a href="/sections/economy/">Economy section</a> and at <a href="https://example.org/agri-institute/drought">example.org/agri-institute/drought</a>.</p>""",
    },
    {
        "key": "a14",
        "headline": "Women's football league will expand to twelve clubs from next season",
        "lead": (
            "The women's top division will grow from ten to twelve teams, the football federation "
            "announced, alongside minimum standards for pitches, medical staff and player contracts "
            "that clubs must meet to take part."
        ),
        "section": "sport",
        "topics": ["football"],
        "authors": ["mykola-hrytsenko"],
        "source": None,
        "hours_ago": 160.0,
        "hero_alt": "Illustration: two women footballers challenging for the ball on a green pitch",
        "hero_caption": "Attendances at women's matches have grown steadily in recent seasons.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Bigger league, higher standards</h2>
<p>The football federation has confirmed that the women's top division will expand to twelve clubs from next season, with two teams promoted from the first league and no relegation at the end of the current campaign. The decision follows a review of the women's game that found growing interest from players, fans and sponsors, but also wide gaps in conditions between clubs.</p>
<p>To keep their place in the expanded league, clubs will have to meet a new set of minimum standards. Federation officials said the aim was to make sure the growth in numbers does not come at the expense of quality or player welfare.</p>
<h2>The new requirements</h2>
<p>From next season, every club in the women's top division must provide:</p>
<ul>
<li>a home pitch that meets federation standards, with floodlights for evening kick-offs;</li>
<li>a qualified doctor and a physiotherapist at every match and regular training sessions;</li>
<li>written contracts for all first-team players, with a minimum monthly payment;</li>
<li>a youth structure with at least two girls' teams in different age groups;</li>
<li>safe shelter facilities at every stadium used for league matches.</li>
</ul>
<p>Clubs that fail to meet the standards will be given a grace period, after which they could lose their licence. The federation has created a small fund to help clubs cover the cost of medical staff and pitch improvements.</p>
<h2>Reaction from clubs and players</h2>
<p>Reaction has been largely positive. Several club presidents said the standards matched what the strongest teams already provide, and that the fund would help smaller clubs catch up. Some owners, however, expressed concern about the cost of minimum salaries when sponsorship income is still modest.</p>
<p>Players have long campaigned for contracts and better medical care. Anastasiia Kravchuk, a midfielder and one of the representatives of the players' association, said the changes would make football a realistic career option for more young women. "Many of us have been training after full days at work or university. A contract, even a small one, means you can focus on football," she said.</p>
<h2>Broadcast and attendance</h2>
<p>The federation also announced plans to stream every league match online, with selected games shown on national television. Average attendance in the women's league has grown over recent seasons, and several clubs have begun selling season tickets.</p>
<p>The national women's team, meanwhile, continues its qualifying campaign. The coach has said repeatedly that a stronger domestic league is the key to reducing dependence on players based abroad.</p>
<p>The federation's full regulations are published at <a href="https://example.org/football-federation/womens-league">example.org/football-federation/womens-league</a>. More football coverage is in our <a href="/sections/sport/">Sport section</a>.</p>""",
    },
    {
        "key": "a15",
        "headline": "Next school year's curriculum adds first aid and media literacy to the timetable",
        "lead": (
            "Pupils will spend more hours learning first aid, how to check information online and "
            "how to stay safe in emergencies, under changes to the national curriculum published "
            "by the education ministry."
        ),
        "section": "society",
        "topics": ["education", "public-health"],
        "authors": ["olena-marchenko"],
        "source": "Portal correspondents",
        "hours_ago": 180.0,
        "hero_alt": "Illustration: a classroom with pupils practising bandaging on each other while a teacher watches",
        "hero_caption": "First aid will be taught through practical sessions rather than lectures.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Skills for everyday life</h2>
<p>The education ministry has published the national curriculum for the next school year, and the biggest changes are not in mathematics or literature but in practical skills. Pupils from the fifth grade upwards will have regular lessons in first aid, and media literacy will become a compulsory part of several subjects rather than an optional course.</p>
<p>Officials said the changes respond to requests from parents and teachers, and to the experience of recent years, when children have had to cope with emergencies and a flood of false information online.</p>
<figure class="quote"><blockquote><p>We want every school leaver to know how to stop bleeding, how to help someone who has fainted and how to tell a reliable source from a fake. These are not extras any more. They are basic skills.</p></blockquote><figcaption>Lesia Honchar, deputy minister of education</figcaption></figure>
<h2>What changes in the timetable</h2>
<p>The new curriculum includes several specific measures:</p>
<ul>
<li>practical first aid classes at least once a month from the fifth grade, taught by trained teachers or visiting paramedics;</li>
<li>media literacy modules built into history, language and computer science lessons;</li>
<li>a short course on personal safety, including what to do during alerts and how to recognise unexploded objects;</li>
<li>more time for physical education, with an emphasis on outdoor activity;</li>
<li>optional mental health sessions with school psychologists for older pupils.</li>
</ul>
<p>To make room, the ministry has trimmed some content from other subjects, reducing the number of topics in upper-secondary history and geography while keeping the overall number of lessons the same.</p>
<h2>Are schools ready?</h2>
<p>Teachers' unions welcomed the direction of the reforms but warned that many schools lack the equipment and staff to carry them out. First aid training requires mannequins, bandages and trained instructors, and media literacy needs teachers who are comfortable discussing current events and online platforms.</p>
<p>The ministry said it would provide first aid kits and training materials to every school and run an online course for teachers. Regional education departments will also be able to contract local medical workers and emergency services staff to teach some sessions.</p>
<p>Zoriana Hnatiuk, who teaches Ukrainian language and literature at a secondary school in Poltava, said she had already been including media literacy in her lessons. "Children are very quick to spot a fake when you show them how," she said. "The problem is time, and the new programme at least gives us some."</p>
<h2>Consultation and next steps</h2>
<p>Parents and schools can comment on the curriculum until the end of the month. The final version will be approved before the summer, giving schools time to plan their timetables. The full document is available at <a href="https://example.org/education-ministry/curriculum">example.org/education-ministry/curriculum</a>.</p>
<p>More education coverage is in our <a href="/sections/society/">Society section</a>.</p>""",
    },
    {
        "key": "a16",
        "headline": "State rail freight arm orders 300 grain wagons from a domestic plant",
        "lead": (
            "The rail freight operator has placed an order for 300 hopper wagons for grain with a "
            "wagon-building plant in central Ukraine, the largest such order in several years, to "
            "ease bottlenecks at harvest time."
        ),
        "section": "economy",
        "topics": ["railways", "agriculture"],
        "authors": ["taras-bondar"],
        "source": "Dnipro Wire",
        "hours_ago": 205.0,
        "hero_alt": "Illustration: a long line of new green hopper wagons on a rail siding next to grain silos",
        "hero_caption": "Hopper wagons are loaded from the top and unloaded through hatches underneath.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": (
            "An earlier version of this article gave the wrong number of wagons in the order; "
            "it is 300, not 350."
        ),
        "body": """<h2>More wagons for the harvest</h2>
<p>The freight division of the state rail company has ordered 300 new hopper wagons for transporting grain from a wagon-building plant in central Ukraine. The contract, worth several hundred million hryvnias, is the largest order of its kind placed with a domestic manufacturer in several years.</p>
<p>Deliveries are due to start within a few months and be completed before the peak of the next harvest. The operator said the wagons would be assigned mainly to routes linking the central and northern grain belt with the ports of the Odesa region and the Danube.</p>
<h2>Why it matters</h2>
<p>Farmers and traders have long complained about shortages of grain wagons during the busiest months, when thousands of tonnes pile up at elevators waiting for transport. Many older wagons in the fleet are near the end of their service lives, and the number of privately owned wagons has not grown fast enough to fill the gap.</p>
<p>Rail is usually the cheapest way to move grain over long distances, but when wagons are scarce, producers switch to trucks, which are more expensive and cause heavy wear on roads. Analysts estimate that each new hopper wagon can take several dozen truck journeys off the roads every year.</p>
<h2>How the order was placed</h2>
<p>The operator described the procurement in several stages:</p>
<ol>
<li>an open tender was announced on the state procurement platform, with technical specifications published in advance;</li>
<li>three manufacturers submitted bids, two domestic and one from abroad;</li>
<li>the winning bid was chosen on price, delivery time and warranty terms;</li>
<li>the contract includes penalties for late delivery and a five-year maintenance agreement.</li>
</ol>
<p>The plant, which employs around 2,000 people, said the order would allow it to hire more workers and run a second shift. Its management noted that the company had struggled in recent years with reduced demand and disruptions to its supply of steel and components.</p>
<h2>Industry reaction</h2>
<p>Agricultural associations welcomed the order but said it was only a partial solution. They called for reforms to the way wagons are allocated, arguing that the current system favours large companies that can book capacity months in advance. Some also asked the rail company to invest in locomotives, noting that wagons are of little use without enough traction.</p>
<p>The operator said it was reviewing its allocation rules and would present proposals to shippers later this year. It also plans to lease additional locomotives and to repair a number of idle ones.</p>
<p>For more on rail and logistics, see our <a href="/sections/economy/">Economy section</a>. Details of the tender are published at <a href="https://example.org/procurement/grain-wagons">example.org/procurement/grain-wagons</a>.</p>""",
    },
    {
        "key": "a17",
        "headline": "Danube ports and neighbouring partners agree to share the cost of river dredging",
        "lead": (
            "Authorities responsible for ports on the lower Danube have agreed to split the cost "
            "of keeping the shipping channel deep enough for larger vessels, a deal that port "
            "operators in the Odesa region call overdue."
        ),
        "section": "world",
        "topics": ["transport", "odesa"],
        "authors": ["daria-melnyk"],
        "source": "Black Sea Monitor",
        "hours_ago": 230.0,
        "hero_alt": "Illustration: a dredging vessel working on a wide river with barges waiting in the distance",
        "hero_caption": "Low water levels have forced barges to sail with reduced loads.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A shared river, a shared bill</h2>
<p>Port authorities and waterway agencies along the lower Danube have signed an agreement to share the cost of dredging the river's shipping channel. The deal, reached after months of talks, covers the stretch of the river used by ships travelling to and from the Ukrainian ports of the Odesa region and their neighbours across the border.</p>
<p>The Danube ports became a vital route for Ukrainian exports when sea shipping was disrupted. Their traffic grew many times over, but the infrastructure was designed for far smaller volumes. Sediment builds up quickly, and in dry periods the water is often too shallow for fully loaded vessels.</p>
<h2>Terms of the agreement</h2>
<p>Under the deal, the parties will jointly commission surveys of the channel, agree on a dredging schedule and split the costs according to how much traffic each side handles. A joint technical committee will meet every quarter to review the depth of the channel and decide on priorities.</p>
<p>The agreement also commits the parties to cooperate on environmental monitoring. The lower Danube and its delta are home to protected wetlands, and conservation groups have warned that dredging can disturb fish spawning grounds and bird habitats.</p>
<figure class="quote"><blockquote><p>The river does not care about borders. If one side dredges and the other does not, the ships still cannot pass. For the first time we have a plan that treats the channel as one system.</p></blockquote><figcaption>Anton Chaika, head of a Ukrainian Danube port authority</figcaption></figure>
<h2>Impact on shipping</h2>
<p>Shipping companies say a deeper and more predictable channel would allow them to load barges more fully, lowering the cost per tonne. At present, some barge operators carry a third less cargo than their vessels can hold during low-water periods, which pushes up freight rates for exporters of grain and iron ore.</p>
<p>Port operators in the Odesa region also hope the agreement will attract investment in new berths and storage facilities. Several private terminals have expansion plans on hold until they can be sure that larger vessels can reach them reliably.</p>
<h2>Environmental safeguards</h2>
<p>Environmental groups welcomed the commitment to joint monitoring but said it needed to be backed by independent scientists and public data. They asked that dredging be avoided during spawning seasons and that dredged material not be dumped in sensitive areas of the delta.</p>
<p>The port authority said all works would be subject to environmental impact assessments and that monitoring data would be published online. The first joint survey of the channel is expected to begin shortly.</p>
<p>The text of the agreement is available at <a href="https://example.org/danube/dredging-agreement">example.org/danube/dredging-agreement</a>. For more international news, visit our <a href="/sections/world/">World section</a>.</p>""",
    },
    {
        "key": "a18",
        "headline": "Lviv Reading Days shortlist leans on essays about home, memory and return",
        "lead": (
            "Essay collections and memoirs dominate the shortlist for the main prize of the Lviv "
            "Reading Days festival, as writers look for ways to describe displacement, loss and "
            "ordinary life in wartime."
        ),
        "section": "culture",
        "topics": ["literature", "lviv"],
        "authors": ["sofia-lysenko"],
        "source": "Carpathian Press Agency",
        "hours_ago": 250.0,
        "hero_alt": "Illustration: a stack of books on a wooden table beside a window overlooking old rooftops",
        "hero_caption": "Six books are in contention for the festival's main prize.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A shortlist of non-fiction</h2>
<p>The jury of the Lviv Reading Days festival has announced its shortlist for the main prize, and for the first time in the festival's history, non-fiction outnumbers novels. Four of the six books are essays or memoirs, reflecting what the jury described as a search for "new forms to tell true stories".</p>
<p>The festival, which brings together writers, publishers and readers in the city's libraries, cafés and courtyards, will announce the winner at its closing ceremony. The prize comes with a cash award and funding for translation into at least two foreign languages.</p>
<figure class="quote"><blockquote><p>Many writers told us they could not write fiction at the moment. Reality felt too large. What they produced instead are some of the most honest and surprising books we have read in years.</p></blockquote><figcaption>Mariana Fedoriv, chair of the festival jury</figcaption></figure>
<h2>The six shortlisted books</h2>
<ul>
<li><em>The Key Under the Mat</em>, essays by a writer from the east about the homes she has lived in and lost;</li>
<li><em>Night Shift at the Bakery</em>, a memoir of a year spent working in a Kharkiv bakery that never closed;</li>
<li><em>Maps Without Borders</em>, a collection about grandparents, migration and the families split between countries;</li>
<li><em>Quiet Days</em>, a book of short essays about small pleasures during difficult times;</li>
<li><em>The Orchard Keeper's Son</em>, a novel set in a village in the south across four generations;</li>
<li><em>Radio Silence</em>, a novel about a sound engineer who records the voices of his neighbours.</li>
</ul>
<h2>Publishers see rising demand</h2>
<p>Publishers say readers have been buying more non-fiction, especially books by Ukrainian authors about recent history and everyday life. Print runs remain small by international standards, but independent bookshops report steady sales and a younger readership.</p>
<p>Dmytro Lozynskyi, who runs a small publishing house in Lviv, said the festival plays a big role in promoting new authors. "A shortlist like this can double the sales of a book in a week," he said. "For a debut writer, it can make the difference between a second book and giving up."</p>
<h2>Festival programme</h2>
<p>Beyond the prize, this year's programme includes readings by the shortlisted authors, discussions on translation, workshops for young writers and a children's section with illustrators and storytellers. Several events will take place in shelters and basements adapted as reading rooms, a practice that has become a feature of the festival.</p>
<p>Organisers also plan a book exchange in the city's central square, where visitors can bring a book and take another. Proceeds from a charity auction of signed editions will go to rebuild libraries damaged in frontline regions.</p>
<p>The full programme is available at <a href="https://example.org/lviv-reading-days/programme">example.org/lviv-reading-days/programme</a>. More literary news can be found in our <a href="/sections/culture/">Culture section</a>.</p>""",
    },
    {
        "key": "a19",
        "headline": "Volunteer-built flood warning network sends its first alerts to Carpathian villages",
        "lead": (
            "A network of cheap river-level sensors installed by volunteers and local engineers "
            "in the Carpathians has issued its first flood warnings, giving villages downstream "
            "several hours to prepare."
        ),
        "section": "technology",
        "topics": ["climate"],
        "authors": ["andrii-kovalenko"],
        "source": "Carpathian Press Agency",
        "hours_ago": 275.0,
        "hero_alt": "Illustration: a small solar-powered sensor box mounted on a bridge above a fast mountain river",
        "hero_caption": "Each sensor measures the water level every few minutes.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Sensors on the bridges</h2>
<p>When heavy rain fell over the mountains last week, residents of several villages along a tributary of the Dniester received text messages warning them that the river was rising fast. The alerts did not come from a government agency but from a network of sensors built and installed by a group of volunteers, engineers and local officials.</p>
<p>The project started three years ago after a flood swept through the valley with almost no warning, damaging dozens of homes and washing away a bridge. A group of residents, among them a retired hydrologist and two software developers who had moved to the area, decided that official gauges were too few and too far apart to help small communities.</p>
<h2>How the network works</h2>
<p>The network now consists of about forty sensor boxes mounted on bridges and riverbanks in the upper parts of the valley. Each box contains an ultrasonic sensor that measures the distance to the water surface, a small solar panel, a battery and a radio module. The devices send readings every few minutes to a server run by the local community council.</p>
<p>Software compares the readings with thresholds set for each location and with rainfall forecasts. If the water rises above a warning level, or rises very quickly, the system sends text messages and app notifications to subscribers downstream. Village heads and the local emergency service receive more detailed alerts with graphs of the water level.</p>
<p>The total cost of the hardware was modest, the organisers say, because they used widely available components and built the boxes themselves in a school workshop. Most of the funding came from crowdfunding and a small grant from a regional development programme.</p>
<h2>Climate pressures in the mountains</h2>
<p>Scientists say floods in the Carpathians are becoming harder to predict. Warmer air holds more moisture, making intense downpours more likely, and deforestation on some slopes increases how quickly rain runs off into rivers. Several major floods have hit the region in recent decades, and smaller flash floods occur almost every year.</p>
<p>The official hydrological service welcomed the volunteer network and has begun to include its data in its own forecasts. A spokesperson said community projects were "a useful complement" to national monitoring but warned that they must be maintained properly to remain reliable.</p>
<h2>Maintenance and security</h2>
<p>Keeping the sensors working is the main challenge. Debris can damage boxes during floods, batteries need replacing, and the radio network can be disrupted by bad weather. The volunteers have trained teenagers from local schools to check the devices and report problems, turning maintenance into a practical science lesson.</p>
<p>The team has also thought about security. All data are signed to prevent false readings, and alerts can only be sent by the server, not by individual devices. The code is open source, and the organisers hope other communities will copy the design.</p>
<p>Instructions and the source code are published at <a href="https://example.org/river-watch/build">example.org/river-watch/build</a>. More technology stories can be found in our <a href="/sections/technology/">Technology section</a>.</p>""",
    },
    {
        "key": "a20",
        "headline": "Kyiv's expanded suburban rail timetable adds trains and a new cross-river link",
        "lead": (
            "City commuters will get more frequent trains, a new route across the Dnipro and a "
            "single ticket valid on the metro and city rail, under a revised timetable announced "
            "by the city council and the state rail company."
        ),
        "section": "society",
        "topics": ["railways", "kyiv", "transport"],
        "authors": ["olena-marchenko"],
        "source": "City Council press office",
        "hours_ago": 300.0,
        "hero_alt": "Illustration: a blue and yellow commuter train crossing a long bridge over a wide river at sunrise",
        "hero_caption": "The city rail ring is used by tens of thousands of commuters every day.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>More trains, shorter waits</h2>
<p>Commuters in Kyiv will see more frequent trains on the city's suburban rail network under a revised timetable announced by the city council and the state rail company. The changes include extra services during rush hours, a new route linking the left and right banks of the Dnipro, and a single ticket valid on both the metro and city rail.</p>
<p>City rail, which uses existing railway tracks to connect districts around the capital, has become increasingly popular as traffic congestion has worsened and as residents look for transport less affected by power outages. Trains run on the national rail network, which has its own power supply arrangements.</p>
<h2>What is changing</h2>
<p>The main changes to the timetable are:</p>
<ul>
<li>trains every ten minutes on the busiest sections during morning and evening peaks, instead of every fifteen to twenty;</li>
<li>a new cross-river service connecting residential areas on the left bank with business districts on the right bank;</li>
<li>later last trains on weekday evenings, subject to curfew rules;</li>
<li>a combined ticket valid for transfers between the metro and city rail within one hour;</li>
<li>real-time train information on the city's transport app and on new screens at stations.</li>
</ul>
<p>The city council said it would also renovate several stations, adding ramps, lifts and better lighting. Some platforms are currently difficult to reach for people with limited mobility, parents with pushchairs and older passengers.</p>
<h2>Cost and funding</h2>
<p>The extra services will be paid for jointly by the city budget and the rail company. Officials said the combined ticket would initially cost the same as a metro ride, with passengers who use monthly passes able to switch to a new integrated pass.</p>
<p>The rail company said it had refurbished a number of older electric trains to run the additional services and was in talks to lease new rolling stock. Rolling stock shortages have been one of the main barriers to expanding the service in the past.</p>
<h2>Commuters react</h2>
<p>Passengers at one of the busiest interchange stations gave the plans a cautious welcome. A nurse who travels from the left bank to a hospital in the city centre said the current trains were often too crowded to board during the morning peak. A student said the combined ticket would save her money every month.</p>
<p>Transport campaigners said the changes were a step in the right direction but urged the city to go further, with trains every five minutes and better connections to bus routes. They also called for clear information about how services will run during power cuts and air alerts.</p>
<p>The new timetable takes effect next month. Full details are available from the <a href="https://example.org/kyiv/city-rail">city's transport portal</a>, and more news about life in the capital can be found in our <a href="/sections/society/">Society section</a>.</p>""",
    },
    {
        "key": "a21",
        "headline": "Regional councils call for clearer, faster rules on reconstruction tenders",
        "lead": (
            "An association of regional and local councils says procurement rules for rebuilding "
            "homes, schools and hospitals are too slow and too confusing, and has sent parliament "
            "a list of proposed changes."
        ),
        "section": "politics",
        "topics": ["reconstruction"],
        "authors": ["olena-marchenko"],
        "source": "Dnipro Wire",
        "hours_ago": 330.0,
        "hero_alt": "Illustration: a half-rebuilt apartment block wrapped in scaffolding with a construction crane beside it",
        "hero_caption": "Local councils say paperwork often takes longer than the building work itself.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Frustration in the regions</h2>
<p>Leaders of local and regional councils have asked parliament to simplify the rules governing reconstruction tenders, arguing that projects to rebuild homes, schools and hospitals are being held up by procedures that are slow, inconsistent and hard to understand. The request came in a letter signed by an association representing hundreds of communities.</p>
<p>Councils say they often wait months for approvals from several different agencies before they can even announce a tender. Once a contractor is chosen, changes to the scope of work, which are common when rebuilding damaged structures, can require a new round of paperwork.</p>
<figure class="quote"><blockquote><p>Nobody is asking for fewer controls. We want controls that make sense. Right now a small village can spend a year on documents for a roof that could be fixed in six weeks.</p></blockquote><figcaption>Svitlana Hrebeniuk, head of a community council in the Chernihiv region and member of the association's board</figcaption></figure>
<h2>The councils' proposals</h2>
<p>The letter sets out a list of changes the association would like to see:</p>
<ul>
<li>standard design templates for common buildings such as schools and clinics, so that each project does not require a new design;</li>
<li>a single digital window for all approvals, with legal deadlines for each agency;</li>
<li>simpler rules for small repairs below a certain value;</li>
<li>clear procedures for changing contracts when hidden damage is discovered;</li>
<li>training and technical support for councils that lack engineers and lawyers.</li>
</ul>
<p>The association also called for a public register of reconstruction projects showing their status, cost and contractors, which it said would help both councils and citizens.</p>
<h2>Transparency concerns</h2>
<p>Anti-corruption groups support many of the proposals but warn against weakening oversight. Reconstruction involves large sums of money, much of it from international partners, and procurement is one of the areas most exposed to abuse. They point out that an open procurement system has allowed journalists and activists to uncover suspicious contracts in the past.</p>
<p>Alla Ferents, a procurement expert at a civil society organisation, said speed and transparency do not have to be in conflict. "The best systems are both fast and open. Standard designs and digital approvals make it easier to compare prices and spot unusual contracts," she said.</p>
<h2>Government response</h2>
<p>The ministry responsible for reconstruction said it was working on a package of amendments and would consult with local authorities. It said a new version of the digital reconstruction platform, with additional features for tracking approvals, would be launched soon.</p>
<p>Members of parliament from several factions expressed support for simplifying the rules, and a committee hearing on the subject is expected in the coming weeks.</p>
<p>The association's letter is published at <a href="https://example.org/councils-association/reconstruction-letter">example.org/councils-association/reconstruction-letter</a>. Our <a href="/sections/politics/">Politics section</a> follows reconstruction policy closely.</p>""",
    },
    {
        "key": "a22",
        "headline": "Odesa observatory team logs hundreds of near-Earth asteroid observations in a year",
        "lead": (
            "Astronomers working with a modest telescope on the outskirts of Odesa have submitted "
            "hundreds of position measurements of near-Earth asteroids to the international "
            "clearing house that tracks potentially hazardous objects."
        ),
        "section": "science",
        "topics": ["space", "odesa"],
        "authors": ["iryna-shevchuk"],
        "source": None,
        "hours_ago": 360.0,
        "hero_alt": "Illustration: a white telescope dome open to a starry sky with a faint streak of an asteroid",
        "hero_caption": "Observations are carried out on clear nights when the city lights are dimmest.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Small telescope, steady results</h2>
<p>On clear nights, a small team of astronomers climbs to the dome of a university observatory on the outskirts of Odesa and points a half-metre telescope at patches of sky where asteroids are expected to pass. Over the past year, they have submitted several hundred precise measurements of the positions of near-Earth objects to the international clearing house that collects such data from observatories around the world.</p>
<p>The measurements help refine the orbits of asteroids that come relatively close to Earth. While none of the objects the team observed poses any known threat, accurate orbits are essential for ruling out future collisions and for planning space missions.</p>
<h2>Why follow-up matters</h2>
<p>Large survey telescopes discover thousands of new asteroids every year, but a single sighting is not enough to determine an orbit. Follow-up observations, taken over days and weeks from different locations, are needed to pin down each object's path. Smaller observatories play an important role in this work because they can respond quickly and spend time on individual targets.</p>
<figure class="quote"><blockquote><p>The big surveys find them, and we help make sure they are not lost again. It is patient, unglamorous work, but every measurement we send is used by scientists somewhere in the world within hours.</p></blockquote><figcaption>Maksym Rudenko, astronomer at the university observatory in Odesa</figcaption></figure>
<p>Rudenko said the observatory's location near the Black Sea offers relatively dark skies to the south, although light pollution from the city and humid air limit what can be seen. Blackouts have had an unexpected side effect: on some nights, the sky over the city has been darker than it has been for decades.</p>
<h2>Working through difficulties</h2>
<p>The team has had to overcome power cuts, which can interrupt observations and damage sensitive equipment. The observatory installed batteries and a generator with the help of a grant from an international astronomy foundation. Air alerts also force astronomers to stop work and close the dome, sometimes at the best moment of the night.</p>
<p>Funding remains tight. The telescope's camera is more than a decade old, and the team hopes to replace it with a more sensitive model that would let them observe fainter objects. They are also seeking funds to automate the telescope so that it can be operated remotely.</p>
<h2>Training the next generation</h2>
<p>Students from the university take part in observations as part of their studies, and several have gone on to work at observatories abroad. The team also runs public open nights when the weather and security situation allow, and school groups regularly visit to look through the telescope.</p>
<p>Kuzma Pylypenko, a third-year physics student, said his first night at the telescope convinced him to specialise in astronomy. "You see a tiny dot moving against the stars and realise it is a rock the size of a stadium, millions of kilometres away," he said.</p>
<p>The observatory's results are listed at <a href="https://example.org/odesa-observatory/neo">example.org/odesa-observatory/neo</a>. More space news is in our <a href="/sections/science/">Science &amp; Health section</a>.</p>""",
    },
    {
        "key": "a23",
        "headline": "Iskra Kharkiv return to a rebuilt training base after years on the road",
        "lead": (
            "Iskra Kharkiv have moved back into their renovated training ground on the edge of the "
            "city, ending a long spell in which the club trained hundreds of kilometres away and "
            "shuttled players between cities."
        ),
        "section": "sport",
        "topics": ["football", "kharkiv", "reconstruction"],
        "authors": ["mykola-hrytsenko"],
        "source": "Portal correspondents",
        "hours_ago": 390.0,
        "hero_alt": "Illustration: footballers jogging across a freshly laid training pitch with a rebuilt clubhouse behind",
        "hero_caption": "The club's youth teams will share the renovated facilities.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Back home</h2>
<p>For the players of Iskra Kharkiv, the first training session at their renovated base felt more like a homecoming than a routine workout. Supporters lined the fence, children from the club's academy waved flags, and the coaching staff gave a short speech before the players ran out onto a freshly laid pitch.</p>
<p>The club had trained far from the city for several years after its base was damaged. Players lived in hotels, and the squad often spent more time travelling than resting. The return to Kharkiv had long been a goal for the club's management, which funded much of the rebuilding with help from sponsors and supporters.</p>
<figure class="quote"><blockquote><p>This base is a promise to our fans and to the city. We are not a club in exile any more. We train here, our children play here, and Kharkiv can see its team every day.</p></blockquote><figcaption>Artem Soloviov, general director of Iskra Kharkiv</figcaption></figure>
<h2>What has been rebuilt</h2>
<p>The renovation took more than a year. The main works included:</p>
<ul>
<li>two full-size natural grass pitches and one artificial pitch with floodlights;</li>
<li>a rebuilt clubhouse with changing rooms, a gym and a medical centre;</li>
<li>an underground shelter large enough for the first team, staff and youth players;</li>
<li>a small dormitory for academy players from outside the city;</li>
<li>backup generators and water supply.</li>
</ul>
<p>The club said it had prioritised safety. Training sessions will follow a strict protocol for alerts, with players and staff moving to the shelter immediately. The schedule may change at short notice, and some sessions may still be held elsewhere.</p>
<h2>The academy returns too</h2>
<p>One of the main goals of the project was to bring the club's academy back to Kharkiv. Dozens of young players had left the city with their families or trained in temporary facilities. Now, the academy will resume full-time operations at the base, with teams for boys and girls aged from eight upwards.</p>
<p>Coaches say the move will help the club find and develop local talent again. Before the base was damaged, the academy produced several players who went on to play in the top division and for national youth teams.</p>
<h2>Matches remain elsewhere</h2>
<p>For now, Iskra will continue to play home league matches at a neutral stadium in another city, because league rules do not yet allow top-flight games in Kharkiv. The club hopes that the new base will help it make the case for playing competitive matches at home in the future.</p>
<p>The team is currently among the leaders in the league and faces a busy run of fixtures. Players said the return to their own base had lifted morale. "It is easier to focus when you are not living out of a suitcase," said the club's captain.</p>
<p>More football news is available in our <a href="/sections/sport/">Sport section</a>. The club's statement can be read at <a href="https://example.org/iskra-kharkiv/news/base">example.org/iskra-kharkiv/news/base</a>.</p>""",
    },
    {
        "key": "a24",
        "headline": "European energy ministers back study on new power links with Ukraine's grid",
        "lead": (
            "Energy ministers from several European countries have endorsed a joint study on building "
            "new electricity interconnectors with Ukraine, which could raise the amount of power the "
            "country can import and export."
        ),
        "section": "world",
        "topics": ["energy"],
        "authors": ["daria-melnyk"],
        "source": None,
        "hours_ago": 420.0,
        "hero_alt": "Illustration: high-voltage pylons stretching across a border of fields towards distant hills",
        "hero_caption": "Cross-border lines allow power to flow in both directions.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A study, not yet a decision</h2>
<p>Energy ministers from a group of European countries have agreed to back a joint feasibility study on new electricity interconnectors between their networks and Ukraine's. The study will assess possible routes, costs and technical options for lines that would increase the capacity for power trading in both directions.</p>
<p>Ukraine's grid has been synchronised with the continental European network for several years. Existing cross-border lines allow the country to import electricity when its own generation falls short and to export surplus power, especially during sunny afternoons when solar output is high. But the capacity of those lines is limited, and the national grid operator has often asked for more.</p>
<h2>What the study will examine</h2>
<p>According to a statement released after the meeting, the study will proceed in several phases:</p>
<ol>
<li>an assessment of demand for cross-border capacity over the next two decades, under different scenarios for Ukraine's recovery;</li>
<li>a comparison of possible routes, including upgrades to existing lines and entirely new connections;</li>
<li>an evaluation of the technology to be used, including high-voltage direct current links;</li>
<li>an analysis of costs, financing options and environmental impact;</li>
<li>recommendations on which projects should be prioritised for detailed design.</li>
</ol>
<p>The study is expected to take about eighteen months and will be funded jointly by the participating countries and a European financing instrument.</p>
<h2>Benefits on both sides</h2>
<p>Supporters argue that stronger links would benefit both Ukraine and its neighbours. For Ukraine, they would improve energy security, allow more imports during emergencies and help attract investment in renewable energy by giving producers access to a larger market. For neighbouring countries, Ukraine's large hydropower plants, gas storage and growing renewable capacity could provide additional flexibility.</p>
<p>Some analysts caution that new interconnectors are expensive and take years to build. They say existing lines could be used more efficiently through better market rules and coordination between system operators, and that these improvements should not wait for new construction.</p>
<h2>Security considerations</h2>
<p>Any new lines would also need to be protected from attack, and planners will have to consider routes that avoid the most vulnerable areas. Officials stressed that the study would take security into account from the outset.</p>
<p>Cybersecurity is another concern. Interconnected grids depend on secure communication between control centres, and a successful cyberattack on one network could affect neighbours. The ministers agreed to strengthen cooperation between national cyber response teams in the energy sector.</p>
<p>The ministers' joint statement is available at <a href="https://example.org/energy-ministers/interconnectors">example.org/energy-ministers/interconnectors</a>. More international energy news is in our <a href="/sections/world/">World section</a>.</p>""",
    },
    {
        "key": "a25",
        "headline": "Subsidised mortgage scheme for young families receives a record number of applications",
        "lead": (
            "Banks taking part in the state-backed mortgage programme received more applications "
            "last month than at any time since it was launched, driven by young families and "
            "people working in education and health care."
        ),
        "section": "economy",
        "topics": ["housing", "banking"],
        "authors": ["taras-bondar"],
        "source": "Portal correspondents",
        "hours_ago": 450.0,
        "hero_alt": "Illustration: a young couple holding a set of keys in front of a new apartment building",
        "hero_caption": "The programme offers fixed rates well below market levels.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Demand keeps growing</h2>
<p>The state-backed mortgage programme, which offers fixed interest rates well below market levels to eligible buyers, has received a record number of applications, according to data released by the agency that administers it. Banks processed more applications last month than in any month since the programme began, and the number of loans issued also rose sharply.</p>
<p>Young families, teachers, doctors and military personnel make up the largest groups of borrowers. Most loans were taken out to buy flats in new apartment blocks, with the Kyiv, Lviv and Ivano-Frankivsk regions accounting for the biggest shares.</p>
<figure class="quote"><blockquote><p>For many families, this is the only realistic path to owning a home. Without the subsidy, the monthly payments would simply be impossible on a teacher's or a nurse's salary.</p></blockquote><figcaption>Oksana Tkachuk, head of retail lending at a mid-sized participating bank</figcaption></figure>
<h2>Who can apply</h2>
<p>The programme's rules have been adjusted several times. Under the current conditions, eligible applicants include:</p>
<ul>
<li>people who do not own another home or who own a home of limited size;</li>
<li>military personnel, veterans and their families;</li>
<li>teachers, medical workers and researchers at public institutions;</li>
<li>internally displaced people whose homes were destroyed or are inaccessible;</li>
<li>other citizens, at a somewhat higher fixed rate.</li>
</ul>
<p>Borrowers must pay a minimum deposit and the property must meet size and price limits that vary by region. Loans are available for up to twenty years.</p>
<h2>Concerns about prices and the budget</h2>
<p>Economists have mixed views about the programme. Supporters say it helps families settle, supports the construction industry and encourages people to stay in the country. Critics argue that subsidised demand may push up house prices and that the cost to the budget could grow rapidly if interest rates remain high.</p>
<p>Bohdan Kravets, an economist at a Kyiv research institute, said the programme should be better targeted. "It makes sense to support those who need it most, such as displaced families and public sector workers. But broad subsidies for everyone risk inflating prices in the big cities and doing little for smaller towns," he said.</p>
<h2>Banks adjust</h2>
<p>Participating banks say the programme has become an important part of their business. Several have hired extra staff to handle applications, and some have introduced online tools to speed up approvals. Banks are compensated by the state for the difference between the subsidised rate and market rates.</p>
<p>The government has said it will review the programme's budget and conditions later in the year. Officials have hinted that the eligibility rules for the higher-rate category could be tightened if demand continues to exceed funding.</p>
<p>More on the housing market and banking is in our <a href="/sections/economy/">Economy section</a>. The programme's official page is at <a href="https://example.org/mortgage-programme">example.org/mortgage-programme</a>.</p>""",
    },
    {
        "key": "a26",
        "headline": "Restored silent classic premieres in Kyiv with a new score played live",
        "lead": (
            "A silent feature shot in Ukraine nearly a century ago has been restored from surviving "
            "prints and shown to a sold-out audience in Kyiv, accompanied by a newly written score "
            "performed by a chamber orchestra."
        ),
        "section": "culture",
        "topics": ["film", "kyiv"],
        "authors": ["sofia-lysenko"],
        "source": None,
        "hours_ago": 480.0,
        "hero_alt": "Illustration: a black-and-white film still projected above an orchestra pit with musicians playing",
        "hero_caption": "The orchestra played in front of the screen throughout the screening.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A film found in pieces</h2>
<p>For decades, <em>The River Mill</em>, a silent drama about a village miller and his daughters, was known mainly from film histories and a handful of photographs. The only complete print was believed lost, and fragments were scattered between archives in several countries. This week, a restored version premiered in Kyiv in front of a sold-out audience, accompanied by a new score played live by a chamber orchestra.</p>
<p>The restoration was led by a national film archive, which spent three years locating and copying the surviving material. Reels were found in archives abroad and in the collection of a private collector who had kept them in a cellar. Each piece was scanned frame by frame, cleaned digitally, and assembled according to a censorship record that listed the original intertitles.</p>
<h2>Filling the gaps</h2>
<p>Some scenes could not be found. Where footage was missing, the restorers inserted still photographs and short texts describing what happened, based on the original script and contemporary reviews. The archive's chief restorer said the team had decided not to use any artificial reconstruction of missing images, preferring to be honest about what had been lost.</p>
<p>The intertitles were recreated in the original style, using typefaces and designs from other films of the period. The Ukrainian text was taken from the surviving records, and English subtitles were added for international screenings.</p>
<h2>A new score</h2>
<p>Silent films were rarely shown in silence. Cinemas had pianists, organists or small orchestras, often improvising or playing popular pieces of the time. For the restoration, the archive commissioned a young composer to write a new score, which draws on folk melodies from the region where the film was shot as well as modern minimalist music.</p>
<p>The score was performed by a chamber orchestra of fifteen musicians seated in front of the screen. The composer, who conducted the premiere, said writing for a silent film was like "working with a partner who cannot speak but never stops talking". The audience responded with a long standing ovation.</p>
<h2>Why it matters</h2>
<p>Film historians say the restoration is important for understanding the history of Ukrainian cinema, which had a vibrant period in the early decades of the twentieth century before many filmmakers were repressed and their work suppressed. Several films from that era survive only in fragments, and archives have been working to recover them.</p>
<p>The archive plans to tour the restored film to other cities, with the orchestra where possible and with a recorded score elsewhere. It is also preparing a digital release for schools and universities, along with educational materials.</p>
<p>Cinema-goers who missed the premiere can find upcoming screenings at <a href="https://example.org/film-archive/river-mill">example.org/film-archive/river-mill</a>. More film news is in our <a href="/sections/culture/">Culture section</a>.</p>""",
    },
    {
        "key": "a27",
        "headline": "Student cubesat team opens a nationwide call for experiment ideas from schools",
        "lead": (
            "A university team building a small research satellite is inviting schoolchildren and "
            "students across the country to propose experiments to fly on board, with the best ideas "
            "to be developed with engineers."
        ),
        "section": "technology",
        "topics": ["space", "education", "startups"],
        "authors": ["andrii-kovalenko", "iryna-shevchuk"],
        "source": None,
        "hours_ago": 510.0,
        "hero_alt": "Illustration: students gathered around a workbench assembling a small satellite with circuit boards",
        "hero_caption": "The satellite has room for a few small experiments.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Space in the classroom</h2>
<p>A team of university students and young engineers building a small research satellite has opened a nationwide competition for experiment ideas, inviting schoolchildren and students to propose projects that could fly on board. The winning proposals will be developed with the help of engineers and mentors from space startups, and the best could be launched into orbit.</p>
<p>The satellite, a cubesat about the size of a loaf of bread, is being built at a technical university with support from a group of aerospace companies and a foundation that funds science education. It will carry a camera, a radio transmitter and space for several small experiments weighing only a few hundred grams each.</p>
<h2>What kind of ideas</h2>
<p>The organisers say they are looking for creative but practical ideas. Examples given in the competition rules include:</p>
<ul>
<li>measuring radiation levels or temperature changes in orbit;</li>
<li>testing how materials, such as plastics or coatings, age in space;</li>
<li>photographing Ukraine's rivers, forests and fields to study seasonal changes;</li>
<li>experimenting with small sensors or electronic components designed by students;</li>
<li>sending messages or simple signals that radio amateurs can receive on the ground.</li>
</ul>
<p>Proposals must fit within strict limits on size, weight and power consumption. Teams can consist of up to five members and must have a teacher or mentor. Entries can be submitted in Ukrainian or English.</p>
<h2>How the competition works</h2>
<p>The competition has several stages. In the first, teams submit a short written description of their idea. A panel of engineers and scientists will select about twenty teams to develop their proposals further, with online workshops on satellite design, electronics and data analysis. From these, a final group of three or four experiments will be chosen to fly.</p>
<p>The organisers say the competition is also a way to connect young people with the growing community of Ukrainian space startups, several of which have launched their own satellites in recent years. Mentors from these companies will work with the selected teams.</p>
<h2>Building a talent pipeline</h2>
<p>The space industry has a long tradition in Ukraine, with design bureaus and factories that built rockets and satellites for decades. But many engineers have left the sector, and companies report difficulties finding young specialists. Organisers hope that hands-on projects like this one will encourage more students to choose engineering and science.</p>
<p>Teachers who have taken part in similar projects say the experience can be transformative. Pupils who struggle with abstract physics lessons often become enthusiastic when they see their own device working, the organisers say, and some go on to study engineering at university.</p>
<h2>Launch plans</h2>
<p>The team hopes to launch the satellite on a rideshare mission within two years, depending on funding and the availability of launch slots. In the meantime, selected experiments will be tested on high-altitude balloons and in vacuum chambers.</p>
<p>Competition rules and the application form are available at <a href="https://example.org/student-cubesat/call">example.org/student-cubesat/call</a>. For more technology news, visit our <a href="/sections/technology/">Technology section</a>.</p>""",
    },
    {
        "key": "a28",
        "headline": "Odesa volunteers map cool refuges to protect older residents during heatwaves",
        "lead": (
            "Volunteers and the city health department in Odesa have mapped more than a hundred "
            "air-conditioned places where residents can shelter from extreme heat, from libraries "
            "to shopping centres and church halls."
        ),
        "section": "society",
        "topics": ["climate", "odesa", "public-health"],
        "authors": ["iryna-shevchuk"],
        "source": "Black Sea Monitor",
        "hours_ago": 540.0,
        "hero_alt": "Illustration: a city map with sun symbols and small blue snowflake markers scattered across the districts",
        "hero_caption": "Each refuge on the map lists opening hours and accessibility details.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A map for the hottest days</h2>
<p>Heatwaves along the Black Sea coast have become longer and more intense, and doctors in Odesa say the effects are most severe for older residents living alone in top-floor flats. To help, a group of volunteers has worked with the city health department to map more than a hundred places where people can cool down during the hottest hours of the day.</p>
<p>The map, available online and in printed leaflets, includes libraries, community centres, shopping centres, church halls and some pharmacies. Each location lists opening hours, whether it has seating and drinking water, and whether it is accessible for wheelchair users. Many of the sites also serve as shelters during air alerts.</p>
<h2>Why heat is dangerous</h2>
<p>Extreme heat is one of the deadliest weather hazards, even though its effects are less visible than those of floods or storms. It strains the heart and kidneys, worsens chronic illnesses and can lead to heatstroke. Older people, young children, people with chronic conditions and those who work outdoors are at the greatest risk.</p>
<p>In Odesa, many older residents live in Soviet-era apartment blocks that heat up quickly and cool down slowly. Power cuts can make matters worse by shutting off fans and air conditioners when they are needed most.</p>
<figure class="quote"><blockquote><p>Every summer we see people arrive in hospital who did not need to get so ill. Often they simply did not know where to go, or did not want to bother anyone. A cool room and a glass of water can save a life.</p></blockquote><figcaption>Natalia Horobets, emergency physician at a city hospital in Odesa</figcaption></figure>
<h2>Reaching those most at risk</h2>
<p>The volunteers know that an online map is of little use to people who do not use the internet. They have distributed leaflets through family doctors, social workers and pharmacies, and are recruiting neighbours to check on older residents during heatwaves. A telephone hotline will provide information about the nearest refuge and arrange transport for people with limited mobility.</p>
<p>The city health department plans to send text alerts to registered residents when high temperatures are forecast, with advice on how to stay safe. Doctors will be asked to identify patients at particular risk and contact them before a heatwave begins.</p>
<h2>A longer-term challenge</h2>
<p>Climate scientists say the number of very hot days in southern Ukraine is likely to keep rising. Urban planners argue that cities need to go beyond emergency measures and adapt their buildings and streets: planting more trees, using lighter materials for roofs and pavements, and improving insulation so that flats stay cooler in summer and warmer in winter.</p>
<p>The volunteers hope their project will encourage such changes. Their coordinator said the map had already sparked discussions with the city about installing shaded benches and drinking fountains in parks. "We started with a simple list. Now we are talking about how to make the whole city more liveable," she said.</p>
<p>The cool refuge map is available at <a href="https://example.org/odesa/cool-refuges">example.org/odesa/cool-refuges</a>. More health coverage is in our <a href="/sections/society/">Society section</a>.</p>""",
    },
    {
        "key": "a29",
        "headline": "Lviv city council votes to publish every building permit online in an open register",
        "lead": (
            "Lviv will publish all building permits, planning documents and inspection reports in "
            "a searchable online register, after councillors voted for a transparency measure "
            "pushed by residents' groups."
        ),
        "section": "politics",
        "topics": ["housing", "lviv"],
        "authors": ["olena-marchenko"],
        "source": "City Council press office",
        "hours_ago": 570.0,
        "hero_alt": "Illustration: a laptop screen showing a city map with highlighted construction sites and document icons",
        "hero_caption": "The register will show permits on an interactive map of the city.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A response to residents' complaints</h2>
<p>The Lviv city council has voted to publish every building permit issued in the city in an open online register, along with planning documents and inspection reports. The measure was proposed by a coalition of residents' groups that had complained for years about new buildings appearing in courtyards, parks and historic areas with little public information about how they were approved.</p>
<p>The city has seen a construction boom as thousands of new residents arrived and developers rushed to meet demand. While many projects have been welcomed, others have caused controversy, particularly in the historic centre, which is protected as a heritage site, and in green areas on the edges of the city.</p>
<h2>What the register will show</h2>
<p>Under the decision, the register will include the building permit itself, the name of the developer and the architect, the planned height and number of flats, the results of any heritage or environmental assessments, and records of inspections during construction. Documents will be searchable by address and shown on an interactive map.</p>
<p>The register will also include information about public hearings, so residents can see when and where projects are being discussed. Citizens will be able to subscribe to alerts about new permits in their neighbourhood.</p>
<p>Some documents will be partly redacted to protect personal data and security-sensitive information, such as the location of shelters and critical infrastructure. The council said the rules for redaction would be published so that residents can understand what is being withheld and why.</p>
<h2>Developers' concerns</h2>
<p>Developers' associations said they supported transparency in principle but were concerned about the administrative burden and the risk that the register could be used to delay projects with frivolous complaints. They asked the council to set clear deadlines for dealing with objections.</p>
<p>Housing experts pointed out that greater transparency could actually help developers by building public trust. When residents understand how decisions are made, they are less likely to suspect wrongdoing, and disputes can be resolved earlier rather than in court after construction has started.</p>
<h2>Part of a wider trend</h2>
<p>Lviv is not the first Ukrainian city to open its planning data, but its register will be among the most comprehensive. Several other cities have published building permits online, and a national register of construction documents exists, although it is not always easy to use.</p>
<p>Transparency campaigners said the real test would be implementation. They noted that previous commitments to open data had sometimes been undermined by incomplete uploads, documents posted as unreadable scans, or long delays. They urged the council to publish data in machine-readable formats and to give journalists and researchers access through an open interface.</p>
<h2>Timeline</h2>
<p>The council said the register would go live within six months, starting with permits issued in the past five years. Older documents will be added gradually as they are digitised.</p>
<p>The council's decision is available at <a href="https://example.org/lviv/council/open-permits">example.org/lviv/council/open-permits</a>. More local politics coverage can be found in our <a href="/sections/politics/">Politics section</a>.</p>""",
    },
    {
        "key": "a30",
        "headline": "Kyiv marathon organisers route the race across rebuilt bridges and through new parks",
        "lead": (
            "This year's Kyiv marathon will send runners across two bridges repaired after recent "
            "damage and through riverside parks redesigned by the city, organisers said as entries "
            "opened for thousands of participants."
        ),
        "section": "sport",
        "topics": ["kyiv", "reconstruction"],
        "authors": ["mykola-hrytsenko"],
        "source": "Portal correspondents",
        "hours_ago": 600.0,
        "hero_alt": "Illustration: a stream of runners in bright shirts crossing a long bridge over a wide river",
        "hero_caption": "The new route follows the Dnipro embankment for much of its length.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A route with a message</h2>
<p>Organisers of the Kyiv marathon have unveiled a new route that will take runners across two bridges recently repaired after damage and through riverside parks that the city has redesigned. The organisers say the route is meant to show how the capital is rebuilding, as well as to give runners one of the most scenic courses in the country.</p>
<p>Entries opened this week for the full marathon, the half marathon, a ten-kilometre race and a family run. Organisers expect thousands of participants, including runners from abroad and a large group of veterans, some of whom will compete in a dedicated category for athletes with disabilities.</p>
<h2>The course</h2>
<p>The full marathon starts and finishes in the city centre. Its main sections are, in order:</p>
<ol>
<li>a descent from the start area to the Dnipro embankment;</li>
<li>a crossing of the first repaired bridge to the left bank;</li>
<li>a loop through residential districts and a newly landscaped lakeside park;</li>
<li>a return across the second bridge, with views of the river and the hills on the right bank;</li>
<li>a long stretch along the embankment and a final climb to the finish line.</li>
</ol>
<p>The route is relatively flat apart from the last few kilometres, which include a steady climb that organisers describe as "a real test at the end of a long day".</p>
<h2>Safety first</h2>
<p>Safety measures have been planned in detail. The organisers are working with the city authorities, police and emergency services to prepare for air alerts during the race. If an alert sounds, runners will be directed to the nearest shelters, and the race may be paused or shortened. Shelters along the route will be marked on the course map and in the race app.</p>
<p>Medical points will be located every few kilometres, staffed by doctors and volunteers. Runners will receive timing chips that allow organisers to track their position and, if necessary, locate them quickly.</p>
<h2>Supporting recovery</h2>
<p>Part of the entry fees will go to a charity that supports the rehabilitation of injured veterans, and runners can raise additional money through online fundraising pages. The organisers say last year's race raised enough to equip a rehabilitation centre with specialised training equipment.</p>
<p>Local businesses along the route have been invited to set up cheering points and stalls, and several music groups have signed up to play at different sections of the course. The city plans to close roads on race morning and will publish details of diversions and public transport changes in advance.</p>
<h2>A growing running culture</h2>
<p>Running has boomed in Kyiv in recent years, with clubs meeting in parks several times a week and races held across the country. Organisers say the marathon has become a symbol of resilience, bringing people together in a shared effort.</p>
<p>Registration and route details are available at <a href="https://example.org/kyiv-marathon">example.org/kyiv-marathon</a>. For more sports coverage, see our <a href="/sections/sport/">Sport section</a>.</p>""",
    },
    {
        "key": "a31",
        "headline": "Rail operators agree a joint timetable for a daily cross-border train from Odesa",
        "lead": (
            "The state rail company and its counterpart across the south-western border have agreed "
            "a joint timetable for a daily passenger train from Odesa, cutting journey times and "
            "adding connections to trains heading further west."
        ),
        "section": "world",
        "topics": ["railways", "odesa"],
        "authors": ["daria-melnyk"],
        "source": "Dnipro Wire",
        "hours_ago": 630.0,
        "hero_alt": "Illustration: a passenger train waiting at a border station platform under a clear sky",
        "hero_caption": "Border checks will be carried out on board to save time.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A faster way west</h2>
<p>Travellers from Odesa will soon have a faster and more reliable rail connection across the south-western border, after the state rail company and its foreign partner agreed a joint timetable for a daily passenger service. The train will connect with onward services to cities further west, making it easier to travel by rail to other parts of Europe.</p>
<p>Rail travel has become a lifeline for Ukrainians since air travel was suspended, and demand for international trains has grown steadily. But cross-border connections from the south have been limited, with long waits at the border and poorly coordinated timetables on either side.</p>
<h2>What changes</h2>
<p>Under the new agreement, border and customs checks will be carried out on board the train while it is moving, rather than at the border station, saving up to two hours. The timetable has been aligned so that passengers can change to connecting trains with a short wait, and tickets for the whole journey can be bought in a single booking.</p>
<p>The train will use recently modernised carriages with air conditioning, power sockets and sleeping compartments, so passengers can stay in the same seat for the whole journey. The operators said they had agreed on shared rules for on-board staff and trained crews to work on both sides of the border.</p>
<figure class="quote"><blockquote><p>For a long time, crossing the border by train in the south meant a night of waiting and uncertainty. We want it to be as simple as boarding a domestic train, and we believe this timetable is a big step in that direction.</p></blockquote><figcaption>Yurii Petrenko, director of international passenger services at the state rail company</figcaption></figure>
<h2>Wider significance</h2>
<p>Transport analysts say the agreement is part of a broader effort to strengthen rail links between Ukraine and its western neighbours. Several new cross-border services have been launched in recent years, and there are plans to build European-gauge tracks to some Ukrainian cities, which would allow through trains without the need to change carriages or bogies.</p>
<p>The southern connection is seen as particularly important for Odesa, which has historically relied on its port and airport for international links. Business groups in the city have long argued that better rail connections would help tourism, trade and investment.</p>
<h2>Tickets and prices</h2>
<p>Tickets will go on sale through the rail company's website and app, with prices comparable to similar international routes. Discounts will be available for children, students and pensioners. The operators said they would monitor demand and could add more services if the train proves popular.</p>
<p>Passengers have welcomed the news but said they would wait to see whether the train runs on time. Previous international services from the south have been affected by delays, cancellations and long queues at ticket offices.</p>
<p>Timetables and booking information are available at <a href="https://example.org/rail/odesa-international">example.org/rail/odesa-international</a>. Our <a href="/sections/world/">World section</a> covers Ukraine's links with its neighbours.</p>""",
    },
    {
        "key": "a32",
        "headline": "School gardens improve pupils' diets in pilot regions, researchers find",
        "lead": (
            "Pupils at schools that grew their own vegetables ate more fresh produce and fewer "
            "sugary snacks than children at comparable schools, according to a two-year study by "
            "public health researchers in three regions."
        ),
        "section": "science",
        "topics": ["public-health", "education", "agriculture"],
        "authors": ["iryna-shevchuk"],
        "source": None,
        "hours_ago": 655.0,
        "hero_alt": "Illustration: children watering raised vegetable beds in a school courtyard",
        "hero_caption": "Vegetables from the gardens were used in school canteens.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>From the garden to the canteen</h2>
<p>Children who help grow vegetables at school are more likely to eat them, according to a study by researchers at a public health institute. The two-year project, carried out in three regions, found that pupils at schools with gardens ate more fresh vegetables and fruit and consumed fewer sugary snacks than pupils at similar schools without gardens.</p>
<p>The study involved about forty schools in rural areas and small towns. Half of them set up vegetable gardens, where pupils planted, tended and harvested crops such as tomatoes, cucumbers, carrots, beans and herbs as part of biology and technology lessons. The produce was used in school canteens and cooking classes. The other schools continued as usual and served as a comparison group.</p>
<h2>What the researchers measured</h2>
<p>The researchers surveyed pupils and parents about eating habits at the start and end of the study and recorded what children left on their plates in the canteen. They also measured children's knowledge about food, nutrition and agriculture, and asked teachers about pupils' engagement in lessons.</p>
<p>At schools with gardens, the share of pupils who reported eating vegetables every day rose significantly, while it changed little at comparison schools. Plate waste of vegetable dishes fell, and children became better at naming vegetables and describing how they are grown. Teachers reported that pupils who usually struggled in class were often among the most enthusiastic gardeners.</p>
<p>The effects were strongest among younger pupils and among children from families with lower incomes, who may have fewer opportunities to eat fresh produce at home.</p>
<h2>Limitations</h2>
<p>The researchers acknowledge several limitations. Schools were not assigned to groups at random, so differences between them may have influenced the results. The data on eating habits relied partly on self-reporting, which can be inaccurate. And the study did not measure health outcomes such as weight or blood pressure, which would require a longer follow-up.</p>
<p>Independent experts said the findings were consistent with research from other countries and welcomed the evidence from Ukraine. They noted that the poor diet of children and teenagers is a growing concern, with rising rates of overweight and obesity and high consumption of sugary drinks and processed snacks.</p>
<h2>Scaling up</h2>
<p>The researchers recommend that the education ministry support school gardens as part of a broader effort to improve children's diets, alongside reforms to school meals that have been under way for several years. They suggest that gardens could be linked to lessons in biology, geography, mathematics and economics, and that local farmers could be invited to share their knowledge.</p>
<p>Setting up a garden requires land, tools, seeds and water, and someone to look after it during the summer holidays. In the pilot, local councils, parents and agricultural companies helped with resources, and some schools involved pensioners from the local community as volunteer gardeners.</p>
<p>The full study is available at <a href="https://example.org/public-health-institute/school-gardens">example.org/public-health-institute/school-gardens</a>. More health research is covered in our <a href="/sections/science/">Science &amp; Health section</a>.</p>""",
    },
    {
        "key": "a33",
        "headline": "Small banks link their payment networks to cut card fees for local shops",
        "lead": (
            "A group of regional banks has agreed to connect their card terminals and payment "
            "systems, aiming to offer small shops and cafés lower fees than those charged by the "
            "largest lenders."
        ),
        "section": "economy",
        "topics": ["banking"],
        "authors": ["taras-bondar"],
        "source": "Carpathian Press Agency",
        "hours_ago": 680.0,
        "hero_alt": "Illustration: a card terminal on a café counter next to a cup of coffee and a small plant",
        "hero_caption": "Card fees are a significant cost for small businesses with thin margins.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>Joining forces against the giants</h2>
<p>Six regional banks have agreed to connect their card payment networks, creating a shared system that they say will allow them to offer small businesses lower fees for accepting card payments. The banks, which individually hold only small shares of the market, hope that by working together they can compete with the country's largest lenders, which dominate the business of processing card payments.</p>
<p>Card payments have become the norm in Ukraine, with most purchases in cities now paid by card or smartphone. For small shops, cafés and service providers, the fees charged for each transaction can add up to a significant cost. Business associations have long complained that fees are too high and that small merchants have little bargaining power.</p>
<h2>How the arrangement works</h2>
<p>Under the agreement, the banks will share a single processing platform, operated by a technology company they jointly own. Merchants who open an account with any of the banks will be able to use the same terminals, mobile payment apps and online payment tools. The banks will also share the costs of fraud monitoring and customer support, which they say will reduce their expenses and allow them to cut fees.</p>
<p>The banks say merchants will pay a lower percentage on each transaction than the typical rates charged by larger lenders, with especially low rates for very small businesses. They also plan to offer faster settlement, so that merchants receive money from card payments on the same day.</p>
<h2>Market reaction</h2>
<p>Business associations welcomed the initiative, saying that more competition in payment processing would benefit small firms. A representative of an association of restaurant owners said many of its members would consider switching if the savings were substantial and the service reliable.</p>
<p>Larger banks were more sceptical. One executive, speaking on condition of anonymity, said payment processing requires heavy investment in technology and security, and that smaller players might struggle to maintain service quality. He added that large banks already offer discounts to small businesses in many cases.</p>
<p>Analysts said the success of the initiative would depend on whether the banks could attract enough merchants to make the shared platform profitable. They noted that similar alliances in other countries had had mixed results, with some thriving and others struggling to compete.</p>
<h2>Regulatory view</h2>
<p>The central bank has encouraged competition in the payments market and has been working on rules to increase transparency about fees. It is also developing an instant payment system that allows transfers between accounts within seconds, which could eventually offer an alternative to card payments for some purchases.</p>
<p>The regional banks said they had discussed their plans with the regulator and would comply with all requirements for security and consumer protection. They expect the shared platform to be fully operational within a year, with the first merchants joining in the coming months.</p>
<p>More on banking and finance can be found in our <a href="/sections/economy/">Economy section</a>. The banks' joint statement is published at <a href="https://example.org/regional-banks/payments-alliance">example.org/regional-banks/payments-alliance</a>.</p>""",
    },
    {
        "key": "a34",
        "headline": "National cyber drill tests how hospitals and water utilities respond to ransomware",
        "lead": (
            "More than fifty hospitals, water utilities and local authorities took part in a "
            "three-day exercise simulating a ransomware attack, revealing gaps in backups, "
            "communication and manual procedures."
        ),
        "section": "technology",
        "topics": ["cybersecurity", "public-health"],
        "authors": ["andrii-kovalenko"],
        "source": "Portal correspondents",
        "hours_ago": 698.0,
        "hero_alt": "Illustration: a dark control room with screens showing red warning symbols and a locked padlock",
        "hero_caption": "Participants had to keep services running while their systems were 'locked'.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<h2>A simulated crisis</h2>
<p>On the first morning of the exercise, the computer systems of a fictional regional hospital and water utility suddenly stopped working. Screens displayed a ransom demand, patient records and treatment schedules were inaccessible, and the control systems for water pumps showed error messages. For three days, teams from more than fifty real hospitals, water utilities and local authorities had to respond as if the attack were real.</p>
<p>The exercise was organised by the state cyber defence agency with support from international partners. It was designed to test how critical services cope with ransomware, a type of malicious software that encrypts data and demands payment for its release, and which has hit hospitals and utilities around the world.</p>
<h2>How the exercise unfolded</h2>
<p>The scenario was delivered in stages, with new challenges introduced at each step:</p>
<ol>
<li>detection: teams had to recognise the attack, isolate affected systems and notify the authorities;</li>
<li>continuity: hospitals had to keep treating patients using paper records, and utilities had to operate pumps manually;</li>
<li>communication: teams had to inform the public without causing panic, while fake messages spread on social media;</li>
<li>recovery: participants had to restore systems from backups and check that the attackers had been removed;</li>
<li>review: each organisation assessed its own performance and drafted an improvement plan.</li>
</ol>
<p>Organisers deliberately introduced complications, such as a power cut during the recovery phase and a demand from the attackers to pay within hours or see stolen data published online.</p>
<h2>Gaps revealed</h2>
<p>According to a summary released by the agency, the exercise revealed several weaknesses. Some organisations discovered that their backups were stored on the same network as their main systems and would have been encrypted in a real attack. Others lacked up-to-date paper procedures for running services manually, or did not know whom to call for help outside office hours.</p>
<p>Communication was another problem. Several participants struggled to coordinate their public statements with local authorities, and some took too long to inform patients and customers about disruptions. The fake social media messages introduced by the organisers caused confusion in several teams.</p>
<p>On the positive side, many hospitals showed that they could continue essential care for several days using paper records, a skill honed during years of power outages. Water utilities generally had staff trained to operate equipment manually.</p>
<h2>What happens next</h2>
<p>The agency said it would publish guidance for critical service providers based on the lessons of the exercise, including recommendations on offline backups, incident response plans and staff training. It will also offer free security assessments to smaller hospitals and utilities, which often lack dedicated cybersecurity staff.</p>
<p>Experts say such exercises are essential because attacks on critical services are increasing. Ukraine has faced numerous cyberattacks on its infrastructure in recent years, and organisations that rehearse their response tend to recover faster and with less damage.</p>
<p>The agency's summary is available at <a href="https://example.org/cyber-agency/drill-summary">example.org/cyber-agency/drill-summary</a>. More cybersecurity coverage is in our <a href="/sections/technology/">Technology section</a>.</p>""",
    },
]

# -*- coding: utf-8 -*-
"""Demo content, batch B: 32 original, fictional articles (22 English, 10 Ukrainian).

All people quoted are invented. Institutions are generic or invented.
Data only.
"""

ARTICLES_B = [
    # ------------------------------------------------------------------ b01
    {
        "key": "b01",
        "headline": "Committee backs plan to let displaced voters change their address online before local elections",
        "lead": "A parliamentary committee approved draft rules that would let internally displaced citizens move their voting address through a secure online service, a step experts say could return many people to local electoral rolls.",
        "section": "politics",
        "topics": ["elections"],
        "authors": ["olena-marchenko"],
        "source": "Portal correspondents",
        "hours_ago": 3.5,
        "hero_alt": "Abstract illustration of a ballot box built from overlapping blue and yellow map fragments",
        "hero_caption": "The draft would replace paper applications with an online request.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>A parliamentary committee on state building and local government has backed draft rules that would let internally displaced citizens move their voting address to the community where they now live, using a secure online application instead of a visit to a registry office. The proposal now goes to the full chamber for a first reading.</p>
<p>Under the current procedure, a displaced voter must file paper documents and, in many cases, prove rental or employment ties to the new community. Committee members said the process deters people who have moved several times and cannot easily gather records from landlords or employers.</p>
<h2>What the draft changes</h2>
<p>The text, reviewed by portal correspondents, sets out a simplified path that relies on data already held in state registers. Its main provisions include:</p>
<ul>
<li>an online request for a change of electoral address, confirmed through the state digital identity service;</li>
<li>automatic cross-checks with the register of internally displaced persons, so applicants do not need to upload certificates again;</li>
<li>a cut-off of 30 days before polling day for any change to take effect;</li>
<li>a paper alternative at social service centres for voters without a smartphone or stable internet access.</li>
</ul>
<p>The draft also requires the central election body to publish monthly anonymised statistics on how many requests were filed, approved and rejected, broken down by region and by type of community.</p>
<h2>Safeguards and concerns</h2>
<p>Several committee members raised questions about data protection and the risk of organised re-registration in small communities, where a few hundred new voters could change the outcome of a council race. The approved version caps the number of address changes a single voter may make within one electoral cycle and obliges registry officials to flag unusual spikes for review.</p>
<figure class="quote"><blockquote><p>People who lost their homes should not also lose their voice in the place where their children now go to school. The challenge is to make the process simple without making it easy to abuse.</p></blockquote><figcaption>Halyna Voronko, election law researcher at the Centre for Civic Procedure</figcaption></figure>
<p>Voronko said the cap and the public statistics were reasonable compromises, but urged lawmakers to fund independent audits of the online service before it goes live. Civic groups that observe elections made similar recommendations in written submissions, adding that voters should receive a clear confirmation message they can show at a polling station if their name is missing from the list.</p>
<h2>Next steps</h2>
<p>If the chamber supports the bill at first reading, deputies will have two weeks to file amendments. The central election body has said it would need several months to test the service with regional registry offices before any local elections can be scheduled, and that it plans a public trial with volunteer users.</p>
<p>Readers can follow our ongoing coverage on the <a href="/topics/elections/">elections topic page</a>. A summary of the committee decision is available on <a href="https://example.org/committee/local-government/displaced-voters">the committee website</a>.</p>""",
    },
    # ------------------------------------------------------------------ b02
    {
        "key": "b02",
        "headline": "Regional councils call for a single open register of reconstruction contracts",
        "lead": "Councillors from Kharkiv and four other regions say scattered procurement records make it hard to track who is rebuilding schools, bridges and clinics, and they want one public database with photos of finished work.",
        "section": "politics",
        "topics": ["reconstruction", "kharkiv"],
        "authors": ["olena-marchenko"],
        "source": "Dnipro Wire",
        "hours_ago": 52.0,
        "hero_alt": "Geometric illustration of scaffolding around a school building drawn in thin white lines on a dark blue background",
        "hero_caption": "Councils want each contract linked to photos of completed work.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Members of five regional councils, led by deputies from the Kharkiv region, have signed a joint appeal asking the government to create a single open register for all reconstruction contracts funded from public money and international grants. The appeal was published after a two-day meeting of council working groups on infrastructure.</p>
<p>At present, information about a single rebuilt school may be split between a national procurement platform, a regional administration website and the pages of a donor organisation. Councillors say this makes it difficult for residents, journalists and even local officials to see whether work was finished on time and at the agreed price.</p>
<h2>Why councils want one database</h2>
<p>The appeal argues that a unified register would help local governments plan their own budgets. When a clinic is repaired with donor money, for example, the community still has to pay for heating, staff and maintenance. Without a clear record of what was delivered, councils say they are often surprised by extra costs after the contractor leaves.</p>
<p>The working groups also want every entry in the register to include the location on a map, the names of the contractor and the technical supervisor, the planned and actual completion dates, and photographs taken at handover. They propose that residents be able to leave structured feedback on each site.</p>
<figure class="quote"><blockquote><p>Our villages do not need another report in a drawer. They need to open a phone, see the roof that was promised, and know whom to call if it leaks after the first winter.</p></blockquote><figcaption>Serhii Tkachuk, head of the infrastructure working group of a Kharkiv district council</figcaption></figure>
<h2>Concerns about security and workload</h2>
<p>Officials at the regional administration in Kharkiv said they supported greater openness but warned that some objects, such as energy facilities and water pumping stations, cannot be shown in detail for security reasons. The appeal accepts this and suggests that such entries show only the general category of work and the total cost.</p>
<p>Smaller communities raised a different worry: the staff time needed to upload photos and documents. Several councillors suggested that contractors, rather than municipal clerks, should be obliged to submit the data as a condition of final payment. Donor representatives who attended the meeting as observers said they would consider adding a similar clause to their grant agreements.</p>
<h2>What happens next</h2>
<p>The appeal has been sent to the ministry responsible for communities and territorial development, which has a month to respond. Council deputies said they would discuss the reply at their next joint session and might prepare a draft law if the ministry does not propose its own solution.</p>
<p>In the meantime, the Kharkiv regional council plans to publish its own list of reconstruction projects as an open spreadsheet. Readers can find earlier reporting on the <a href="/topics/reconstruction/">reconstruction topic page</a> and an explainer on procurement rules at <a href="https://example.org/guides/public-procurement-basics">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b03
    {
        "key": "b03",
        "headline": "Громади отримають більше повноважень у відбудові: що зміниться для сімей, які чекають ґрунтовного ремонту",
        "lead": "Уряд схвалив зміни до порядку компенсацій за пошкоджене житло: тепер громади самі визначатимуть черговість ремонтів, а сім’ї з дітьми та люди з інвалідністю матимуть пріоритет.",
        "section": "politics",
        "topics": ["housing", "reconstruction"],
        "authors": ["olena-marchenko"],
        "source": None,
        "hours_ago": 140.0,
        "hero_alt": "Абстрактна ілюстрація: багатоповерховий будинок із нових різнокольорових блоків на тлі світанку",
        "hero_caption": "Черговість ремонтів тепер визначатимуть місцеві комісії.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Уряд ухвалив зміни до порядку надання компенсацій за пошкоджене та зруйноване житло. Головна новація полягає в тому, що громади отримують право самостійно визначати черговість ремонтів багатоквартирних і приватних будинків на своїй території, а не чекати рішень з обласного рівня.</p>
<p>За словами посадовців, нові правила мають скоротити час між поданням заяви та початком робіт. Раніше сім’ї нерідко чекали кілька місяців лише на те, щоб комісія приїхала оглянути пошкоджену квартиру.</p>
<h2>Як працюватиме нова процедура</h2>
<p>Зміни передбачають чіткий порядок дій для мешканців і місцевої влади. Ось як він виглядатиме:</p>
<ol>
<li>Власник житла подає заяву через державний застосунок або в центрі надання адміністративних послуг.</li>
<li>Протягом десяти робочих днів місцева комісія проводить обстеження та складає акт із фотографіями.</li>
<li>Громада включає об’єкт до свого реєстру та визначає черговість з урахуванням встановлених пріоритетів.</li>
<li>Кошти надходять на спеціальний рахунок, який можна використати лише для оплати будівельних матеріалів і робіт.</li>
<li>Після завершення ремонту комісія повторно оглядає житло та закриває справу в реєстрі.</li>
</ol>
<h2>Кого пропустять першими</h2>
<p>Пріоритет отримають сім’ї з дітьми, люди з інвалідністю, літні люди, які живуть самі, а також родини військовослужбовців. Водночас громади можуть додавати власні критерії, наприклад, першочергово ремонтувати будинки, де ще залишаються мешканці, щоб ті не опинилися взимку без тепла.</p>
<p>Експерти з місцевого самоврядування загалом позитивно оцінюють децентралізацію рішень, але нагадують, що невеликим громадам бракує інженерів і юристів. Без навчання та методичної підтримки, кажуть вони, нові повноваження можуть перетворитися на додатковий тягар для кількох працівників сільської ради.</p>
<p>У профільному міністерстві пообіцяли запустити онлайн-курс для членів комісій і створити гарячу лінію для консультацій. Крім того, обласні адміністрації мають надати громадам типові форми документів, щоб уникнути різних тлумачень однієї й тієї самої норми.</p>
<h2>Що варто знати мешканцям</h2>
<p>Ті, хто вже подав заяву за старими правилами, не мусять звертатися повторно: їхні справи автоматично перенесуть до реєстрів громад. Проте фахівці радять перевірити в застосунку, чи актуальні контактні дані, адже комісії телефонуватимуть, щоб домовитися про огляд.</p>
<p>Юристи громадських організацій також радять зберігати всі фотографії пошкоджень, чеки за тимчасовий ремонт і листування з керуючою компанією чи ОСББ. Ці документи можуть знадобитися, якщо комісія недооцінить обсяг робіт або якщо під час ремонту виявляться приховані пошкодження несучих конструкцій.</p>
<p>Якщо власник не згоден з актом обстеження, він може оскаржити його протягом місяця. Детальніше про компенсації читайте на сторінці теми <a href="/topics/housing/">«Житло»</a>, а роз’яснення щодо подання заяв є на <a href="https://example.org/dovidka/kompensatsii-zhytlo">довідковому ресурсі</a>.</p>""",
    },
    # ------------------------------------------------------------------ b04
    {
        "key": "b04",
        "headline": "Kyiv council approves participatory budget with a record number of school projects",
        "lead": "Residents of the capital voted for shelter upgrades, science labs and quieter classrooms, and the city council has now confirmed funding for the winning ideas, more than half of which involve schools and kindergartens.",
        "section": "politics",
        "topics": ["kyiv", "education"],
        "authors": ["olena-marchenko"],
        "source": "City Council press office",
        "hours_ago": 310.0,
        "hero_alt": "Flat illustration of a school building surrounded by small speech bubbles with light bulbs",
        "hero_caption": "More than half of the winning projects involve schools.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>The Kyiv city council has approved funding for the winning projects of this year's participatory budget, the programme in which residents propose and vote on small local improvements. According to the council press office, more than half of the supported ideas concern schools and kindergartens, the highest share since the programme began.</p>
<p>Several hundred thousand residents took part in the online vote. The most popular proposals came from parents' committees and teachers, who used the programme to fund items that rarely make it into regular education budgets.</p>
<h2>What residents chose</h2>
<p>The council published a full list of the supported projects. Among the most common categories were:</p>
<ul>
<li>upgrades to school shelters, including ventilation, lighting and benches that allow lessons to continue during air-raid alerts;</li>
<li>new equipment for physics and chemistry labs in district lyceums;</li>
<li>acoustic panels for classrooms and libraries near busy roads;</li>
<li>accessible entrances and lifts for pupils who use wheelchairs;</li>
<li>sports grounds with lighting so they can be used by neighbours in the evening.</li>
</ul>
<p>Projects outside education included bicycle parking at metro stations, drinking fountains in parks and several small community gardens in courtyards on the left bank.</p>
<h2>Why schools dominated</h2>
<p>Organisers say the result reflects how much school life has changed. Many buildings now serve as community centres, with shelters used by neighbours, evening classes for adults and meeting rooms for volunteer groups. Parents, in turn, have become skilled at organising online campaigns to gather votes.</p>
<figure class="quote"><blockquote><p>We wrote the project at a kitchen table and checked every price three times. When the results came in, the children were more excited than we were, because they know the shelter is where they will spend part of the winter.</p></blockquote><figcaption>Nataliia Hnatiuk, head of a parents' committee at a school in Obolon district</figcaption></figure>
<p>Some council members warned that the participatory budget should not replace planned investment in schools. They argued that shelter ventilation, for example, is a basic safety requirement that the city should fund directly, leaving the residents' programme for more creative ideas.</p>
<h2>Timelines and oversight</h2>
<p>The council says contracts for the winning projects should be signed within three months and most work should be completed before the start of the next school year. Each project has a public page where authors and voters can follow procurement and see photos of the result.</p>
<p>A full map of projects is available on the <a href="https://example.org/kyiv/participatory-budget/map">city's open data portal</a>. More stories about the capital are collected on our <a href="/topics/kyiv/">Kyiv topic page</a>.</p>""",
    },
    # ------------------------------------------------------------------ b05
    {
        "key": "b05",
        "headline": "Grain exporters report steady shipments through Odesa ports despite higher insurance costs",
        "lead": "Traders say vessels are leaving the Odesa ports on schedule and volumes are close to last season's levels, but war-risk insurance premiums and a shortage of crews continue to squeeze margins for farmers.",
        "section": "economy",
        "topics": ["agriculture", "odesa"],
        "authors": ["taras-bondar"],
        "source": "Black Sea Monitor",
        "hours_ago": 8.0,
        "hero_alt": "Abstract illustration of a cargo ship silhouette formed from golden wheat stalks over dark blue water",
        "hero_caption": "Export volumes are close to last season's levels.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Grain and oilseed exporters say shipments through the ports of Greater Odesa have remained steady over the past month, with loading schedules largely kept despite periodic disruptions. Industry data compiled by an association of port operators show that volumes are close to the levels recorded at the same point last season.</p>
<p>The main pressure now comes not from logistics but from costs. War-risk insurance for vessels calling at Ukrainian ports remains several times higher than in other Black Sea harbours, and shipowners pass those costs on to traders, who in turn offer lower purchase prices to farmers.</p>
<h2>Where the money goes</h2>
<p>Analysts at an Odesa consultancy broke down the additional expenses faced by exporters compared with pre-war routes. The biggest items are:</p>
<ul>
<li>war-risk insurance premiums for the hull and cargo, calculated per voyage;</li>
<li>higher wages and bonuses for crews willing to sail to Ukrainian ports;</li>
<li>longer waiting times for inspections and pilotage, which add to daily charter costs;</li>
<li>storage fees at inland elevators when rail or truck deliveries are delayed.</li>
</ul>
<p>Together, these factors reduce the price a farmer in central Ukraine receives for a tonne of wheat by a noticeable margin compared with competitors in neighbouring countries, the consultancy estimates.</p>
<h2>Farmers adapt</h2>
<p>Some agricultural producers are responding by shifting to crops with higher value per tonne, such as sunflower, soy and specialty grains, or by processing more at home. Others are pooling their harvests through cooperatives to negotiate better freight terms.</p>
<figure class="quote"><blockquote><p>The ships are moving, and that matters more than anything. But every extra dollar on insurance is a dollar that does not reach the field, and farmers feel it when they plan next year's sowing.</p></blockquote><figcaption>Viktor Bilous, grain logistics analyst in Odesa</figcaption></figure>
<p>Port operators say they are investing in faster loading equipment and digital queue systems to cut the time vessels spend at berth. One terminal in the Odesa area reported that a new conveyor line had shortened average loading time by almost a day.</p>
<h2>Outlook</h2>
<p>Traders expect volumes to remain stable in the coming weeks, provided there are no major attacks on port infrastructure. Several insurers have signalled that premiums could fall gradually if the corridor continues to operate without incidents, though none has committed to a timeline.</p>
<p>Government agencies are discussing a state-backed reinsurance scheme with international partners, an idea that has been under consideration for some time. Background on the shipping corridor is available on our <a href="/topics/odesa/">Odesa topic page</a> and in a <a href="https://example.org/reports/black-sea-freight-costs">freight cost overview</a>.</p>""",
    },
    # ------------------------------------------------------------------ b06
    {
        "key": "b06",
        "headline": "Banks ease mortgage terms for veterans as state housing programme expands",
        "lead": "Several lenders have lowered down payments and extended repayment periods for veterans and their families, after the state programme that subsidises mortgage interest was widened to include homes in more regions.",
        "section": "economy",
        "topics": ["banking", "housing"],
        "authors": ["taras-bondar"],
        "source": None,
        "hours_ago": 95.0,
        "hero_alt": "Minimalist illustration of a house-shaped key resting on a stack of coins",
        "hero_caption": "Down payments for eligible borrowers have been reduced.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>A group of commercial and state-owned banks has announced easier mortgage conditions for veterans and members of their families, following an expansion of the government programme that subsidises interest rates on home loans. The changes allow eligible borrowers to put down a smaller initial payment and spread repayments over a longer period.</p>
<p>The programme, which compensates part of the interest on mortgages for selected categories of citizens, previously applied mainly to new-build apartments in a limited list of cities. It now also covers homes on the secondary market and properties in more regional centres, provided they meet energy efficiency and safety standards.</p>
<h2>What has changed for borrowers</h2>
<p>Bank representatives outlined the main adjustments at a briefing for journalists. The new conditions vary between lenders, but most include the following:</p>
<ul>
<li>a minimum down payment reduced from twenty to ten percent of the property price for veterans;</li>
<li>loan terms of up to twenty years instead of the previous fifteen;</li>
<li>no early repayment penalties for borrowers who receive one-off compensation or grants;</li>
<li>a simplified check of income for recently demobilised service members, who may not yet have a long employment record;</li>
<li>the option to include the cost of basic renovation in the loan for secondary market homes.</li>
</ul>
<h2>Demand and constraints</h2>
<p>Lenders report a noticeable rise in applications since the programme was widened, particularly in western and central regions, where construction has continued at a steady pace. In some cities, however, the supply of affordable apartments remains limited, and developers say building costs continue to rise because of labour shortages.</p>
<p>Economists note that cheaper credit can push up prices if the number of homes does not grow at the same pace. They recommend that the state combine mortgage support with incentives for new construction, especially rental housing, which is in short supply in many regional centres.</p>
<p>Banks, for their part, say the risk profile of the programme is acceptable because the state shares part of the cost and because default rates among participants have so far been low. They also point to the long-term benefit of bringing more families into the formal housing market, where property rights are clearly registered.</p>
<h2>How to apply</h2>
<p>Applicants can submit documents through the online services of participating banks or in branches. The list of lenders and the full conditions are published on the programme's <a href="https://example.org/housing/mortgage-programme">information page</a>. Consumer advocates advise comparing offers carefully, because insurance and service fees differ between banks and can add noticeably to the total cost of a loan.</p>
<p>For more coverage of the property market, see our <a href="/topics/housing/">housing topic page</a> and recent reporting on <a href="/topics/banking/">banking</a>.</p>""",
    },
    # ------------------------------------------------------------------ b07
    {
        "key": "b07",
        "headline": "Фермери Полтавщини ставлять сонячні панелі: м’ясо й молоко стають дешевшими у виробництві",
        "lead": "Тваринницькі господарства на Полтавщині масово встановлюють сонячні електростанції та накопичувачі енергії. Це допомагає пережити відключення й скоротити витрати на охолодження молока та зберігання м’яса.",
        "section": "economy",
        "topics": ["agriculture", "energy"],
        "authors": ["taras-bondar"],
        "source": "Carpathian Press Agency",
        "hours_ago": 200.0,
        "hero_alt": "Абстрактна ілюстрація: сонячні панелі на даху ферми серед зелених пагорбів",
        "hero_caption": "Сонячні станції допомагають фермам працювати під час відключень.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>На Полтавщині дедалі більше тваринницьких господарств встановлюють власні сонячні електростанції та системи накопичення енергії. За оцінками регіональної асоціації фермерів, лише за останній рік таке обладнання з’явилося на кількох десятках молочних і м’ясних ферм області.</p>
<p>Основна причина — потреба в стабільному живленні. Корови не можуть чекати на доїння, а охолоджувачі молока та холодильні камери для м’яса мають працювати без перерв. Під час відключень господарства змушені були вмикати дизельні генератори, які споживають багато пального.</p>
<h2>Скільки це коштує і що дає</h2>
<p>Фермери кажуть, що вкладення окуповуються за кілька років, особливо якщо ферма споживає багато енергії вдень. Серед переваг, які називають власники господарств:</p>
<ul>
<li>менші витрати на дизельне пальне для генераторів;</li>
<li>стабільна робота доїльних установок і охолоджувачів під час відключень;</li>
<li>можливість продавати надлишок електроенергії в мережу в сонячні місяці;</li>
<li>нижча собівартість молока та м’яса, що дозволяє втримати ціни для переробників.</li>
</ul>
<p>Частину витрат господарства покривають за рахунок грантових програм для аграріїв і пільгових кредитів. Банки, що працюють з агросектором, запропонували окремі продукти для фінансування енергетичного обладнання із заставою самих панелей.</p>
<h2>Досвід однієї ферми</h2>
<p>Сімейне господарство неподалік Миргорода утримує близько двохсот корів. Торік на даху корівника встановили сонячну станцію, а в окремому приміщенні — батареї, яких вистачає на кілька годин роботи доїльного залу.</p>
<figure class="quote"><blockquote><p>Раніше кожне відключення означало нервування й запах солярки на все подвір’я. Тепер ми навіть не завжди помічаємо, що світла в селі немає, а молоко вчасно охолоджується.</p></blockquote><figcaption>Оксана Дяченко, власниця сімейної молочної ферми</figcaption></figure>
<p>За її словами, наступним кроком стане біогазова установка, яка перероблятиме гній на енергію та добриво. Такі проєкти дорожчі, але дозволяють господарству стати майже повністю незалежним від мережі.</p>
<h2>Перешкоди та поради</h2>
<p>Експерти з енергетики застерігають, що не кожна ферма може встановити велику станцію: старі дахи часто не витримують ваги панелей, а підключення до мережі для продажу надлишку потребує погоджень, які займають місяці. Крім того, вартість батарей залишається високою.</p>
<p>Ще одна проблема — нестача сертифікованих монтажників у сільській місцевості. Фермери розповідають, що іноді чекають на бригаду кілька тижнів, а обслуговування інверторів доводиться замовляти в обласному центрі. Асоціація фермерів домовляється з професійними коледжами про короткі курси для місцевої молоді, щоб такі фахівці з’явилися ближче до господарств.</p>
<p>Фахівці радять починати з енергоаудиту, щоб зрозуміти, які процеси найбільше залежать від живлення, і вже потім обирати потужність обладнання. Більше про енергетичну стійкість бізнесу читайте на сторінці теми <a href="/topics/energy/">«Енергетика»</a>, а перелік грантових програм для аграріїв доступний на <a href="https://example.org/agro/granty-enerhetyka">довідковому сайті</a>.</p>""",
    },
    # ------------------------------------------------------------------ b08
    {
        "key": "b08",
        "headline": "Kharkiv small businesses move workshops underground and share generators to keep trading",
        "lead": "Bakeries, repair shops and print studios in Kharkiv are renting basement space and pooling power equipment, finding ways to keep staff employed in a city that remains close to the front line.",
        "section": "economy",
        "topics": ["kharkiv", "energy"],
        "authors": ["taras-bondar"],
        "source": "Portal correspondents",
        "hours_ago": 410.0,
        "hero_alt": "Illustration of a lit basement workshop with tools on the wall, drawn in warm orange tones",
        "hero_caption": "Basement workshops have become common in parts of Kharkiv.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>In a basement beneath a Soviet-era apartment block in Kharkiv's Saltivka district, the smell of fresh bread mixes with the hum of a shared generator. A small bakery moved here after its street-level shop was damaged, and it now sells loaves through a window cut into the stairwell. Across the city, dozens of small businesses have made similar moves.</p>
<p>Local business associations estimate that a significant share of Kharkiv's small enterprises now operate at least partly underground, in basements, former storage rooms or parking garages. The arrangement gives staff protection during shelling and allows production to continue during long alerts.</p>
<h2>Shared power, shared costs</h2>
<p>One of the most common adaptations is the shared generator. Neighbouring businesses split the cost of a large diesel or gas unit, along with fuel and maintenance, and agree on schedules for the heaviest loads. A print studio, for example, runs its large machines at night, when the bakery's ovens are off.</p>
<p>Some groups have gone further and installed battery systems charged from the grid when it is available. These allow lights, card terminals and refrigerators to run quietly for several hours, reducing both noise and fuel costs.</p>
<figure class="quote"><blockquote><p>Alone, none of us could afford a proper generator. Together, five businesses under one building have power, heat and a place where customers can wait out an alert. It has become a kind of small community.</p></blockquote><figcaption>Andrii Moroz, owner of a phone and laptop repair shop in Kharkiv</figcaption></figure>
<h2>Support programmes</h2>
<p>The city has offered reduced rent for municipal basements and simplified permits for converting storage space into workshops, provided fire safety and ventilation requirements are met. International development agencies have financed grants for equipment, including generators, batteries and ventilation systems.</p>
<p>Entrepreneurs say the most valuable support, however, is predictability. Many have lost premises more than once and are reluctant to invest heavily in renovation. Flexible leases and quick access to small grants allow them to respond when circumstances change.</p>
<h2>Customers follow</h2>
<p>Business owners say customers have adapted too. Regulars know which doors lead down to their favourite cafe or tailor, and many shops post their current location and opening hours on social media every morning. Delivery by bicycle has also grown, with couriers coordinating through a shared chat.</p>
<p>Economists note that keeping small firms alive in frontline cities matters beyond individual livelihoods. Each business that stays open keeps residents in the city, pays local taxes and supports the suppliers around it. More stories from the city are on our <a href="/topics/kharkiv/">Kharkiv topic page</a>, and a guide to business grants is available at <a href="https://example.org/business/resilience-grants">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b09
    {
        "key": "b09",
        "headline": "European grid operators agree new rules for emergency electricity deliveries to Ukraine",
        "lead": "Transmission system operators from a dozen countries have signed a framework that speeds up emergency power deliveries during attacks on energy infrastructure and sets shared rules for pricing and cross-border capacity.",
        "section": "world",
        "topics": ["energy", "climate"],
        "authors": ["daria-melnyk"],
        "source": "Portal correspondents",
        "hours_ago": 20.0,
        "hero_alt": "Abstract illustration of glowing power lines crossing a stylised map of Europe",
        "hero_caption": "The framework covers cross-border capacity and emergency pricing.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Electricity transmission operators from a dozen European countries have signed a framework agreement with the national grid operator that sets out how emergency power deliveries to Ukraine should work when its energy infrastructure is hit. The document was approved at a meeting of the regional coordination group and will take effect after technical tests.</p>
<p>Ukraine's power system has been synchronised with the continental European grid for several years, and imports have repeatedly helped to cover shortfalls after attacks on power plants and substations. Until now, however, many emergency deliveries were arranged case by case, often in the middle of the night.</p>
<h2>What the agreement covers</h2>
<p>According to a summary shared with journalists, the framework includes several practical commitments:</p>
<ul>
<li>a standing reserve of cross-border capacity that can be activated within an hour of a formal request;</li>
<li>common rules for pricing emergency energy, based on neighbouring market prices rather than ad hoc negotiations;</li>
<li>a joint duty roster of dispatchers who can communicate directly through a secure channel;</li>
<li>regular drills simulating the loss of major generation units;</li>
<li>data sharing on weather forecasts and expected renewable output to plan flows more accurately.</li>
</ul>
<h2>Why it matters for winter</h2>
<p>Energy analysts say the agreement will not replace domestic generation but can soften the worst peaks, especially in the evening, when demand rises and solar output falls. The faster activation time is considered the most important change, since delays of several hours can mean longer blackouts for millions of households.</p>
<figure class="quote"><blockquote><p>In an emergency, the difference between one hour and four hours is the difference between a short outage and a cold night. Having the rules written down in advance means dispatchers can act instead of negotiating.</p></blockquote><figcaption>Marta Hrynyshyn, senior adviser at the Institute for Energy Transition Studies</figcaption></figure>
<p>Hrynyshyn added that the data-sharing provisions could also help integrate more wind and solar power on both sides of the border, because better forecasts reduce the need for costly backup generation. Climate researchers have long argued that a well-connected grid is one of the cheapest ways to absorb variable renewable energy.</p>
<h2>Limits and next steps</h2>
<p>The physical capacity of interconnectors remains a constraint. Even with the new rules, the volume of electricity that can flow into Ukraine at any moment is limited by the number and size of cross-border lines. Several projects to build new lines and upgrade substations near the western border are under way, with funding from European investment banks.</p>
<p>The national grid operator said it would publish monthly reports on how often the emergency mechanism was used and at what cost. Our <a href="/topics/energy/">energy topic page</a> collects earlier coverage, and a technical summary is available from <a href="https://example.org/grid/emergency-framework-summary">the coordination group</a>.</p>""",
    },
    # ------------------------------------------------------------------ b10
    {
        "key": "b10",
        "headline": "Black Sea shipping monitors record the busiest month for the Odesa corridor this season",
        "lead": "Independent trackers counted more vessel calls at the ports of Greater Odesa than in any month since the season began, with container traffic and steel cargo growing alongside the familiar grain shipments.",
        "section": "world",
        "topics": ["odesa", "transport"],
        "authors": ["daria-melnyk"],
        "source": "Black Sea Monitor",
        "hours_ago": 175.0,
        "hero_alt": "Stylised illustration of several cargo ships in a line on a turquoise sea, seen from above",
        "hero_caption": "Container and steel cargo joined grain shipments on the route.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Independent shipping monitors that track vessel movements in the Black Sea say the past month was the busiest of the season for the corridor serving the ports of Greater Odesa. They counted more arrivals and departures than in any previous month since the current season began, and the mix of cargo became noticeably more varied.</p>
<p>Grain and oilseeds still account for the largest share of tonnage, but monitors recorded growth in container traffic, steel products, iron ore and imported fuel. Port operators say the change reflects growing confidence among shipowners and the gradual return of regular liner services.</p>
<h2>How a vessel passes through the corridor</h2>
<p>Shipping agents describe a routine that has become well established. For a typical bulk carrier, the sequence looks like this:</p>
<ol>
<li>The owner registers the voyage with the port authority and submits crew and cargo details in advance.</li>
<li>The vessel waits at an anchorage in international waters until it receives a slot.</li>
<li>It follows a designated route along the coast, staying in contact with coastal monitoring services.</li>
<li>A pilot boards near the port entrance and guides the ship to its berth.</li>
<li>After loading or unloading, the vessel undergoes an inspection and leaves along the same corridor.</li>
</ol>
<p>Agents say the average time from arrival at the anchorage to departure has fallen compared with the early months of the route, thanks to better coordination between the port authority, terminals and inspection services.</p>
<h2>Risks remain</h2>
<p>Monitors stress that the corridor remains exposed to attacks on port infrastructure and to the danger of drifting sea mines. Several incidents over the season damaged terminal equipment and grain storage, and insurers continue to treat voyages to Ukrainian ports as high risk.</p>
<p>Nevertheless, the number of shipowners willing to send vessels has grown. Monitors noted a higher share of ships flying flags of major maritime nations and fewer older vessels, a sign that mainstream operators are returning to the route.</p>
<h2>Effect on the wider region</h2>
<p>The steady flow of cargo through Odesa has also affected neighbouring ports on the Danube, which handled a large share of Ukrainian exports when the sea route was closed. Their volumes have fallen back somewhat, and local operators are looking for new business, such as river cruises and project cargo for reconstruction.</p>
<p>Economists say the corridor's performance is crucial for Ukraine's trade balance and for food prices in importing countries in Africa and the Middle East. Regular updates are available on the <a href="https://example.org/monitor/black-sea-traffic">traffic dashboard</a> maintained by the monitors and on our <a href="/topics/transport/">transport topic page</a>.</p>""",
    },
    # ------------------------------------------------------------------ b11
    {
        "key": "b11",
        "headline": "Climate talks close with a framework for funding adaptation in shared river basins",
        "lead": "Delegates at an international climate meeting agreed on principles for a fund that would help countries sharing rivers prepare for floods and droughts, though the amount of money and the donors remain undecided.",
        "section": "world",
        "topics": ["climate"],
        "authors": ["daria-melnyk"],
        "source": None,
        "hours_ago": 260.0,
        "hero_alt": "Abstract illustration of a winding river dividing into blue and green branches across a map",
        "hero_caption": "The framework focuses on rivers that cross national borders.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>An international climate meeting ended with an agreement on the principles of a new fund to help countries that share rivers adapt to more frequent floods and droughts. Negotiators described the framework as a modest but important step, since cooperation on transboundary rivers has often stalled over questions of who pays and who benefits.</p>
<p>The Ukrainian delegation took part with a particular interest in the basins of the Dnipro, the Dniester and the Danube. All three have been affected by changing rainfall patterns, and the Dnipro basin has also suffered severe ecological damage from the war, including the destruction of a major reservoir.</p>
<h2>What was agreed</h2>
<p>The framework sets out that the fund will finance joint projects proposed by at least two countries sharing a river. Eligible projects would include early warning systems, restoration of wetlands that absorb floodwater, and shared monitoring of water quality. Decisions would be taken by a board with equal representation of donor and recipient countries.</p>
<p>Crucially, the document does not specify how much money will be available or which countries will contribute. Those questions were left to a follow-up meeting, and several delegations warned that without clear financial commitments the fund could remain largely symbolic.</p>
<figure class="quote"><blockquote><p>Rivers do not stop at borders, and neither do floods. For the first time we have a shared rulebook, but a rulebook without money will not keep a single village dry.</p></blockquote><figcaption>Dmytro Sokolenko, hydrologist and adviser to a regional water management agency</figcaption></figure>
<h2>Ukraine's priorities</h2>
<p>Ukrainian specialists hope the fund could support restoration of the ecosystems around the former Kakhovka reservoir, where a new landscape of young forests and wetlands has emerged on the old reservoir bed. Scientists say this area needs careful management to avoid erosion and to secure water supplies for farms and towns in the south.</p>
<p>Another priority is the Dniester, shared with Moldova, where low water levels in summer have affected drinking water supplies and hydropower generation. Joint monitoring stations and coordinated reservoir management are among the projects already discussed by the two countries.</p>
<h2>Reactions</h2>
<p>Environmental organisations welcomed the emphasis on nature-based solutions, such as restoring floodplains, rather than only building dams and embankments. Some, however, criticised the slow pace of negotiations and the absence of binding timelines.</p>
<p>Diplomats said the next round of talks would focus on financing and on a list of pilot projects. For background, see our <a href="/topics/climate/">climate topic page</a> and an overview of transboundary water agreements at <a href="https://example.org/water/transboundary-basins">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b12
    {
        "key": "b12",
        "headline": "Україна та Польща відкриють ще два залізничні переходи з європейською колією для вантажів",
        "lead": "Залізничні адміністрації двох країн погодили план модернізації прикордонних станцій: нові переходи мають скоротити черги вантажних потягів і спростити перевезення зерна, металу та гуманітарних вантажів.",
        "section": "world",
        "topics": ["railways", "transport"],
        "authors": ["daria-melnyk"],
        "source": "Carpathian Press Agency",
        "hours_ago": 330.0,
        "hero_alt": "Абстрактна ілюстрація: дві залізничні колії різної ширини зливаються в одну на тлі кордону",
        "hero_caption": "Нові переходи мають зменшити простої вантажних потягів.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Залізничні адміністрації України та Польщі погодили спільний план модернізації двох прикордонних станцій, де з’являться нові переходи з європейською колією шириною 1435 міліметрів. Документ підписали під час засідання міжурядової робочої групи з питань транспорту.</p>
<p>Українська залізниця історично використовує ширшу колію, тому на кордоні вантажі доводиться перевантажувати з вагона у вагон або змінювати візки. Це забирає час і створює черги, особливо в сезон експорту зерна.</p>
<h2>Що саме збудують</h2>
<p>Згідно з планом, на обох станціях прокладуть додаткові колії європейського стандарту вглиб української території, а також облаштують сучасні майданчики для перевантаження контейнерів. Частину робіт профінансують за рахунок європейських інфраструктурних програм, частину — коштом залізничних компаній.</p>
<p>Крім того, сторони домовилися про спільний митний і прикордонний контроль на одній із станцій. Це означає, що прикордонники та митники обох країн працюватимуть в одному приміщенні, а потяг проходитиме перевірку лише один раз.</p>
<figure class="quote"><blockquote><p>Сьогодні вагон може стояти на кордоні кілька діб. Якщо ми зробимо контроль спільним, а перевантаження — механізованим, цей час скоротиться до кількох годин, і це відчують і експортери, і покупці.</p></blockquote><figcaption>Юлія Гаврилюк, експертка з логістики Центру транспортних досліджень</figcaption></figure>
<h2>Чому це важливо</h2>
<p>Після початку повномасштабної війни залізниця стала головним сухопутним шляхом для українського експорту до Європейського Союзу. Проте пропускна спроможність прикордонних станцій залишається обмеженою, а автомобільні пункти пропуску часто перевантажені.</p>
<p>Фахівці зазначають, що розширення мережі європейської колії в Україні — довгостроковий процес. Уже діє лінія від кордону до Львова, а в планах — продовження до інших великих міст. Нові переходи стануть частиною цієї ширшої стратегії інтеграції з транспортною мережею Європи.</p>
<h2>Терміни та сумніви</h2>
<p>Будівництво розраховане приблизно на два роки. Експерти попереджають, що основним ризиком залишаються можливі удари по інфраструктурі та нестача робітників. Крім того, польські перевізники раніше висловлювали занепокоєння щодо конкуренції, тож сторонам доведеться узгодити правила доступу до нових колій.</p>
<p>Місцеві громади прикордонних районів сподіваються, що модернізація станцій створить нові робочі місця в логістиці та складському господарстві. Деякі з них уже готують земельні ділянки для індустріальних парків поруч із залізницею.</p>
<p>Окремо сторони обговорили пасажирське сполучення. Хоча нинішній план стосується передусім вантажів, нові колії технічно дозволять запустити більше прямих пасажирських потягів без пересадки на кордоні. Рішення про такі маршрути ухвалять пізніше, залежно від попиту та безпекової ситуації.</p>
<p>Представники залізниці пообіцяли щокварталу звітувати про хід робіт. Більше про залізничні проєкти читайте на сторінці теми <a href="/topics/railways/">«Залізниця»</a>, а карту запланованих ліній можна переглянути на <a href="https://example.org/rail/mapa-yevrokoliia">сайті робочої групи</a>.</p>""",
    },
    # ------------------------------------------------------------------ b13
    {
        "key": "b13",
        "headline": "Lviv turns a former tram depot into affordable rental homes for displaced families",
        "lead": "The first tenants are moving into apartments built inside a converted tram depot in Lviv, part of a municipal programme that rents homes at below-market rates to displaced families and key workers.",
        "section": "society",
        "topics": ["lviv", "housing"],
        "authors": ["olena-marchenko"],
        "source": "City Council press office",
        "hours_ago": 60.0,
        "hero_alt": "Illustration of a red brick industrial hall with large arched windows and balconies added to its facade",
        "hero_caption": "The depot's brick facade and arched windows were preserved.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>The first families have received keys to apartments inside a former tram depot in Lviv, which the city has converted into a municipal rental building. The project, announced by the city council press office, is one of the largest in a programme that aims to give displaced families and essential workers a stable home at an affordable rent.</p>
<p>The brick depot, built more than a century ago, had stood empty for years after trams were moved to a newer facility. Architects kept the historic facade and the large arched windows, while inserting a new steel and timber structure inside to create several floors of apartments.</p>
<h2>Who can live there</h2>
<p>Apartments are allocated through an open application process, with points awarded for family circumstances and employment. Priority categories include:</p>
<ul>
<li>families displaced from frontline regions who have lived in Lviv for at least six months;</li>
<li>nurses, teachers and other public sector workers employed in the city;</li>
<li>veterans and families of service members;</li>
<li>people with disabilities, for whom several ground-floor units have been adapted.</li>
</ul>
<p>Rents are set at roughly half of the local market rate, and tenants sign contracts for up to five years, which can be renewed. The city says the building will remain in municipal ownership and cannot be privatised.</p>
<h2>A model for other cities</h2>
<p>Housing experts have long argued that Ukraine, where most homes are privately owned, lacks a public rental sector that could absorb sudden population movements. The war has made this gap painfully visible, as millions of people have had to find temporary accommodation, often in overcrowded or poorly insulated homes.</p>
<figure class="quote"><blockquote><p>We are not building dormitories. We are building ordinary homes where a child can have a desk and a family can plan a year ahead. Stability is the most valuable thing we can offer.</p></blockquote><figcaption>Roksolana Fedyshyn, director of the municipal housing agency in Lviv</figcaption></figure>
<p>The depot project was financed through a combination of a loan from a European development bank, a grant from a foreign city partnership and the city's own budget. Energy efficiency played a central role: the building has heat pumps, rooftop solar panels and a shelter in the former inspection pits.</p>
<h2>Tenants' first impressions</h2>
<p>Among the first residents is a family of four from the Zaporizhzhia region who had spent two years moving between short-term rentals. They said the biggest change was not the new kitchen but the feeling of being able to stay. Their children will attend a school a short walk away.</p>
<p>The city plans to open two more converted buildings over the coming years, including a former textile warehouse. Read more on our <a href="/topics/lviv/">Lviv topic page</a> or see the project description on <a href="https://example.org/lviv/municipal-rental-housing">the municipal housing agency website</a>.</p>""",
    },
    # ------------------------------------------------------------------ b14
    {
        "key": "b14",
        "headline": "Київські подвір’я оживають: мешканці облаштовують спільні городи, лавки та тінь для спеки",
        "lead": "У кількох районах столиці сусіди об’єдналися, щоб перетворити занедбані дворики на зелені простори з грядками, деревами та зонами відпочинку. Міська влада обіцяє спростити погодження таких ініціатив.",
        "section": "society",
        "topics": ["kyiv", "climate"],
        "authors": ["sofia-lysenko"],
        "source": "Portal correspondents",
        "hours_ago": 0.6,
        "hero_alt": "Абстрактна ілюстрація: затишне подвір’я з грядками, деревами та лавками між багатоповерхівками",
        "hero_caption": "Сусіди висаджують дерева й облаштовують грядки у дворах.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>У дворах київських багатоповерхівок дедалі частіше можна побачити грядки з зеленню, дерев’яні лавки, виготовлені власноруч, і молоді дерева, прив’язані до кілочків. Мешканці кількох районів столиці об’єдналися в ініціативні групи, щоб перетворити занедбані подвір’я на місця, де приємно проводити час.</p>
<p>Поштовхом для багатьох стали довгі відключення світла: люди почали більше часу проводити надворі, знайомитися із сусідами та спільно вирішувати побутові проблеми. А спекотне літо нагадало, наскільки бракує тіні між бетонними будинками.</p>
<h2>Що роблять мешканці</h2>
<p>Ініціативи відрізняються масштабом, але найчастіше сусіди беруться за такі справи:</p>
<ul>
<li>висаджують дерева та кущі, які дають тінь і захищають від пилу;</li>
<li>облаштовують спільні городи з зеленню, овочами та квітами;</li>
<li>встановлюють бочки для збору дощової води, щоб поливати рослини;</li>
<li>ремонтують старі лавки, гойдалки та столи для настільних ігор;</li>
<li>створюють невеликі зони з укриттям від сонця для літніх людей і дітей.</li>
</ul>
<h2>Історія одного двору</h2>
<p>На Виноградарі мешканці трьох будинків кілька місяців прибирали пустир, де колись стояли гаражі. Тепер там дванадцять грядок, яблуні, лавки під навісом і невеликий майданчик для малечі. Кожна родина доглядає свою ділянку, а полив організовують за графіком у спільному чаті.</p>
<figure class="quote"><blockquote><p>Ми прожили в цьому будинку двадцять років і не знали, як звати сусідів з п’ятого поверху. Тепер разом садимо помідори, сперечаємося про сорти й пригощаємо одне одного. Двір став нашою спільною кімнатою.</p></blockquote><figcaption>Людмила Кравчук, координаторка ініціативи мешканців на Виноградарі</figcaption></figure>
<p>Учасники кажуть, що найскладнішим було не копати землю, а погодити роботи з балансоутримувачем території та з’ясувати, де проходять підземні комунікації. Деякі ініціативи чекали на дозвіл кілька місяців.</p>
<h2>Відповідь міста</h2>
<p>У міській раді заявили, що готують спрощену процедуру для таких проєктів. Мешканці зможуть подати заявку онлайн, отримати схему комунікацій і типові рекомендації щодо рослин, стійких до спеки та посухи. Також обговорюється можливість безоплатно видавати саджанці з міських розсадників.</p>
<p>Кліматологи вітають такі ініціативи. За їхніми словами, навіть кілька дерев у дворі можуть знизити температуру поверхні на кілька градусів у спекотний день, а ґрунт із рослинами краще вбирає зливову воду, ніж асфальт. Це особливо важливо для міст, де літо стає дедалі спекотнішим.</p>
<p>Соціологи додають, що спільна праця у дворі зміцнює довіру між сусідами. У будинках, де з’явилися такі ініціативи, мешканці частіше домовляються про чергування в укриттях, спільно купують генератори для під’їздів і допомагають літнім людям під час відключень.</p>
<p>Мешканці, які хочуть долучитися, можуть знайти контакти ініціативних груп на <a href="https://example.org/kyiv/dvory-initsiatyvy">мапі сусідських проєктів</a>. Більше новин столиці читайте на сторінці теми <a href="/topics/kyiv/">«Київ»</a>.</p>""",
    },
    # ------------------------------------------------------------------ b15
    {
        "key": "b15",
        "headline": "Odesa schools test hybrid timetables to make up for lessons lost to air-raid alerts",
        "lead": "A pilot in a dozen Odesa schools combines shorter classroom days with structured online sessions and Saturday catch-up workshops, aiming to reduce the learning losses caused by long hours in shelters.",
        "section": "society",
        "topics": ["education", "odesa"],
        "authors": ["olena-marchenko", "iryna-shevchuk"],
        "source": None,
        "hours_ago": 230.0,
        "hero_alt": "Illustration of a classroom split in two halves, one with desks and one with laptop screens",
        "hero_caption": "The pilot mixes classroom teaching with online sessions.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Twelve schools in Odesa have started a pilot programme that reorganises the school week to compensate for lessons interrupted by air-raid alerts. The city education department says the goal is to protect core subjects such as mathematics and Ukrainian, where teachers report the largest gaps in pupils' knowledge.</p>
<p>During alerts, pupils move to shelters, where lessons often continue in a simplified form. But teachers say long or frequent alerts make it hard to cover new material, and many children fall behind, particularly in senior classes preparing for final exams.</p>
<h2>How the pilot works</h2>
<p>Each participating school adapted the model to its own circumstances, but the core steps are the same:</p>
<ol>
<li>Core subjects are scheduled in the first lessons of the day, when alerts have historically been less frequent.</li>
<li>If a lesson is interrupted, the teacher records a short video explanation of the missed topic the same afternoon.</li>
<li>Pupils complete a brief online exercise so the teacher can see who needs extra help.</li>
<li>Those who struggle are invited to small-group catch-up workshops on Saturday mornings.</li>
<li>Every month, the school compares test results with those of schools outside the pilot.</li>
</ol>
<h2>Early results</h2>
<p>Results from the first months are preliminary, but organisers say participating schools have seen fewer pupils with failing grades in mathematics. Teachers also report that recorded explanations are popular with pupils who were absent for other reasons, such as illness.</p>
<figure class="quote"><blockquote><p>The shelter is not the enemy of learning. What hurts is when a child loses the thread and nobody notices for weeks. Short videos and small groups help us catch those moments early.</p></blockquote><figcaption>Iryna Solovei, mathematics teacher and deputy head at a participating lyceum</figcaption></figure>
<p>Not everyone is convinced. Some parents worry about extra screen time, and several teachers say preparing videos on top of their regular workload is exhausting. The education department has promised additional payments for teachers in the pilot and is exploring a shared library of videos so that not every teacher has to record the same topic.</p>
<h2>Wider context</h2>
<p>Education researchers estimate that the combination of the pandemic and the war has cost Ukrainian pupils the equivalent of a full school year or more in some subjects. National authorities have launched their own catch-up programmes, including summer schools and free online tutoring.</p>
<p>Odesa's pilot is due to run until the end of the school year, after which the city will decide whether to extend it. Education officials from Mykolaiv and Kherson have already visited participating schools. More stories on schooling are on our <a href="/topics/education/">education topic page</a>, and the pilot's methodology is published at <a href="https://example.org/odesa/schools/hybrid-pilot">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b16
    {
        "key": "b16",
        "headline": "Харківські волонтери навчили домедичної допомоги понад тисячу мешканців за півроку",
        "lead": "Волонтерська мережа в Харкові проводить безкоштовні заняття з домедичної допомоги у школах, бібліотеках і під’їздах. Учасники вчаться зупиняти кровотечу, робити серцево-легеневу реанімацію та допомагати при опіках.",
        "section": "society",
        "topics": ["public-health", "kharkiv"],
        "authors": ["iryna-shevchuk"],
        "source": None,
        "hours_ago": 520.0,
        "hero_alt": "Абстрактна ілюстрація: долоні, що тримають червоний хрест, на тлі силуетів міських будинків",
        "hero_caption": "Заняття проходять у школах, бібліотеках і навіть у під’їздах.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Волонтерська мережа з Харкова, яка об’єднує парамедиків, медсестер і студентів-медиків, за останні пів року навчила домедичної допомоги понад тисячу мешканців міста. Заняття безкоштовні й відбуваються в шкільних укриттях, бібліотеках, офісах і навіть у під’їздах багатоповерхівок.</p>
<p>Ініціатива виникла з простого спостереження: після обстрілів першими поруч із постраждалими опиняються не медики, а сусіди, перехожі чи колеги. Від того, чи знають вони, що робити в перші хвилини, часто залежить життя людини.</p>
<h2>Чого навчають на курсах</h2>
<p>Базовий курс триває чотири години й поєднує коротку теорію з великою кількістю практики на манекенах. Програма охоплює:</p>
<ul>
<li>оцінку безпеки місця події та виклик екстрених служб;</li>
<li>зупинку масивної кровотечі, зокрема накладання турнікета та тампонування рани;</li>
<li>серцево-легеневу реанімацію дорослих і дітей;</li>
<li>допомогу при опіках, переломах і переохолодженні;</li>
<li>надання стабільного положення людині без свідомості;</li>
<li>психологічну підтримку постраждалого до приїзду швидкої.</li>
</ul>
<p>Після курсу учасники отримують сертифікат і можуть долучитися до поглибленого тренування, яке включає сценарії з кількома постраждалими та роботу в умовах поганого освітлення.</p>
<h2>Хто приходить на заняття</h2>
<p>Організатори кажуть, що серед слухачів найбільше жінок середнього віку, вчителів і працівників комунальних підприємств. Останнім часом активніше приходять підлітки: для старшокласників проводять окремі заняття в ігровій формі. Є й групи для людей похилого віку, де більше уваги приділяють допомозі при інсульті та серцевому нападі.</p>
<p>Одна з мешканок Салтівки розповіла, що вже двічі скористалася отриманими знаннями: спершу допомогла сусідові, якому стало зле в ліфті, а згодом — перехожому, пораненому уламками скла. За її словами, найважливіше, чого навчили на курсі, — не панікувати й діяти за чітким алгоритмом.</p>
<h2>Як долучитися</h2>
<p>Волонтери приймають заявки від організацій, шкіл і об’єднань співвласників. Для проведення заняття достатньо приміщення на двадцять осіб і кількох годин часу. Аптечки та манекени інструктори привозять із собою, а частину турнікетів для учасників закуповують за рахунок благодійних внесків.</p>
<p>Медики міської лікарні швидкої допомоги підтримують ініціативу й наголошують, що масове навчання домедичної допомоги — одна з найефективніших інвестицій у громадське здоров’я. Вони закликають роботодавців дозволяти працівникам проходити курси в робочий час.</p>
<p>Наступним кроком волонтери хочуть створити мапу домедичних аптечок у громадських місцях — у школах, торгових центрах і на зупинках транспорту — та навчити працівників цих закладів ними користуватися. Переговори з міськими службами вже тривають.</p>
<p>Розклад найближчих занять опубліковано на <a href="https://example.org/kharkiv/pershadopomoha">сайті волонтерської мережі</a>. Більше матеріалів про здоров’я читайте на сторінці теми <a href="/topics/public-health/">«Громадське здоров’я»</a>.</p>""",
    },
    # ------------------------------------------------------------------ b17
    {
        "key": "b17",
        "headline": "Kyiv startup builds a low-cost battery controller to keep apartment block lifts running",
        "lead": "A small Kyiv hardware team has designed a controller that lets residents' associations combine second-hand batteries and solar panels to power lifts, water pumps and stairwell lights during outages.",
        "section": "technology",
        "topics": ["startups", "energy", "kyiv"],
        "authors": ["andrii-kovalenko"],
        "source": "Portal correspondents",
        "hours_ago": 12.0,
        "hero_alt": "Illustration of a circuit board shaped like an apartment block with glowing windows",
        "hero_caption": "The controller manages batteries for lifts and water pumps.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>A team of five engineers working from a converted office in Kyiv's Podil district has developed a battery controller designed for one specific problem: keeping the shared systems of apartment blocks running when the grid goes down. Their startup, called Pidizd Power, has installed pilot units in eleven buildings across the capital.</p>
<p>Lifts, water booster pumps and stairwell lighting are among the first things to stop during outages, leaving elderly residents trapped on upper floors and taps dry. Commercial backup systems exist, but residents' associations often find them too expensive or too complicated to maintain.</p>
<h2>How the device works</h2>
<p>The controller sits between the building's electrical panel and a bank of batteries, which can be new or refurbished from electric vehicles. It decides when to charge, when to discharge and which loads to prioritise. Its main features include:</p>
<ul>
<li>support for mixed battery types, including second-hand modules tested by certified workshops;</li>
<li>automatic priority rules, so that water pumps and emergency lighting run before lifts;</li>
<li>a scheduled lift mode that runs the lift for a few minutes every hour to save energy;</li>
<li>optional connection of rooftop solar panels;</li>
<li>a simple web dashboard for the building manager, showing charge levels and usage.</li>
</ul>
<p>The team says the complete system for a typical nine-storey building costs about a third of comparable commercial solutions, largely because of the use of refurbished batteries and open hardware components.</p>
<h2>From volunteer project to company</h2>
<p>The project began as a volunteer effort during the first winter of large-scale attacks on the power system, when the founders helped neighbours wire car batteries to stairwell lights. As requests multiplied, they decided to design a proper product that could be certified for safety.</p>
<figure class="quote"><blockquote><p>We kept getting calls from grandmothers on the sixteenth floor. That is our real user: someone who cannot walk down the stairs and needs the lift to work twice a day, not a data centre that needs perfect uptime.</p></blockquote><figcaption>Bohdan Levchenko, co-founder and hardware lead at Pidizd Power</figcaption></figure>
<p>The startup has received a grant from an energy innovation fund and is negotiating with a municipal company about installing units in city-owned buildings. It is also talking to investors about a seed round to scale up production.</p>
<h2>Questions from experts</h2>
<p>Energy specialists welcome the idea but urge caution about fire safety, especially with second-hand batteries. The team says every battery module is tested and installed in a ventilated metal cabinet with temperature sensors and automatic shut-off, and that installations follow current fire regulations.</p>
<p>Another challenge is maintenance: residents' associations need someone who can respond when the system fails. The startup offers a service contract and trains one volunteer in each building. Read more about energy resilience on our <a href="/topics/energy/">energy page</a> and about young companies on the <a href="/topics/startups/">startups page</a>, or see the project's technical notes at <a href="https://example.org/pidizd-power/specs">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b18
    {
        "key": "b18",
        "headline": "Banks and mobile operators run joint drill against a new wave of phishing calls",
        "lead": "Lenders, telecom companies and the national cyber response team staged a joint exercise to block fake calls and messages that imitate bank security services, after a sharp rise in such fraud attempts.",
        "section": "technology",
        "topics": ["cybersecurity", "banking"],
        "authors": ["andrii-kovalenko", "taras-bondar"],
        "source": "Dnipro Wire",
        "hours_ago": 70.0,
        "hero_alt": "Abstract illustration of a smartphone with a hook-shaped notification icon over a dark grid",
        "hero_caption": "Fraudsters often pose as bank security staff.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "An earlier version of this article misstated the number of banks taking part in the exercise; it was fourteen, not forty.",
        "body": """<p>Fourteen banks, the three largest mobile operators and the national computer emergency response team have completed a joint exercise aimed at stopping a wave of phishing calls and text messages that imitate bank security services. The drill, which lasted two days, tested how quickly the participants could identify fraudulent numbers and block them across networks.</p>
<p>Fraud of this kind has grown noticeably in recent months, according to the banking association. Callers claim to be from a bank's security department, warn of a suspicious transaction and persuade the customer to reveal a one-time code or transfer money to a so-called safe account.</p>
<h2>What the drill tested</h2>
<p>Organisers described a scenario in which thousands of fake messages were sent simultaneously from numbers disguised as official bank lines. The participants had to coordinate several responses:</p>
<ul>
<li>sharing suspicious phone numbers and message templates through a common platform within minutes;</li>
<li>blocking spoofed numbers at the network level before calls reached customers;</li>
<li>sending warning notifications through official banking apps;</li>
<li>temporarily limiting large transfers to newly added recipients for customers who had been targeted;</li>
<li>reporting confirmed cases to law enforcement with standardised evidence packages.</li>
</ul>
<p>According to the organisers, the average time from the first report of a suspicious number to its blocking across all networks fell to under twenty minutes by the end of the exercise, compared with several hours in real incidents before the drill.</p>
<h2>Why cooperation matters</h2>
<p>Security specialists say fraudsters exploit the gaps between institutions. A bank may detect a fraud pattern quickly, but without a direct channel to mobile operators it cannot stop the calls. Operators, in turn, may see unusual traffic but cannot tell whether it is malicious.</p>
<figure class="quote"><blockquote><p>The criminals are organised like a call centre, with scripts and shift managers. The only way to beat them is for banks and operators to work as one team and share information in real time.</p></blockquote><figcaption>Oleksandr Vasylenko, head of fraud prevention at a mid-sized commercial bank</figcaption></figure>
<p>Privacy advocates have asked that the data-sharing arrangements be clearly regulated, so that information about customers is exchanged only when necessary. The organisers say the platform exchanges phone numbers and message patterns, not personal banking data.</p>
<h2>Advice for customers</h2>
<p>Banks repeat that their employees never ask for card PIN codes, one-time passwords or transfers to safe accounts. If in doubt, customers should end the call and dial the number printed on the back of their card.</p>
<p>The participants plan to turn the drill's temporary arrangements into a permanent protocol. More about digital safety is on our <a href="/topics/cybersecurity/">cybersecurity page</a>, and a checklist for spotting fraud is available at <a href="https://example.org/security/phishing-checklist">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b19
    {
        "key": "b19",
        "headline": "Львівські розробники запустили застосунок, що показує вільні зарядні станції та черги до них",
        "lead": "Команда молодих програмістів зі Львова створила мобільний застосунок для власників електромобілів: він збирає дані про зарядні станції в реальному часі, прогнозує черги та враховує графіки відключень.",
        "section": "technology",
        "topics": ["startups", "lviv", "transport"],
        "authors": ["andrii-kovalenko"],
        "source": None,
        "hours_ago": 290.0,
        "hero_alt": "Абстрактна ілюстрація: смартфон із мапою міста, на якій світяться зелені точки зарядних станцій",
        "hero_caption": "Застосунок прогнозує черги на зарядних станціях.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Львівський стартап із чотирьох розробників запустив мобільний застосунок, який допомагає власникам електромобілів знайти вільну зарядну станцію й оцінити, скільки доведеться чекати. Проєкт назвали «Заряджай», і за перші тижні після релізу його завантажили кілька тисяч користувачів.</p>
<p>Кількість електромобілів в Україні стрімко зростає, особливо у великих містах. Проте зарядна інфраструктура не завжди встигає за попитом, а під час відключень світла частина станцій перестає працювати. Водії скаржаться, що доводиться об’їжджати кілька точок, перш ніж вдасться підключитися.</p>
<h2>Що вміє застосунок</h2>
<p>Розробники об’єднали в одному сервісі дані від кількох мереж зарядних станцій, а також інформацію від самих користувачів. Основні функції такі:</p>
<ul>
<li>мапа станцій із позначкою, чи працює кожна з них саме зараз;</li>
<li>прогноз черги на основі історичних даних і поточних повідомлень водіїв;</li>
<li>урахування графіків відключень електроенергії в різних районах міста;</li>
<li>фільтри за типом роз’єму, потужністю та ціною за кіловат-годину;</li>
<li>можливість залишити відгук про стан станції, освітлення та безпеку місця;</li>
<li>планування маршруту між містами із зупинками для заряджання.</li>
</ul>
<h2>Як з’явилася ідея</h2>
<p>Засновники стартапу — випускники львівського політехнічного університету, які працювали в аутсорсингових компаніях. Ідея виникла, коли один із них узимку провів майже дві години, шукаючи робочу станцію під час планових відключень. Спершу команда створила простий бот у месенджері, а коли ним почали користуватися сотні людей, вирішила розробити повноцінний застосунок.</p>
<p>Найскладнішим, за словами розробників, було домовитися з операторами зарядних мереж про доступ до даних. Частина компаній погодилася відкрити інформацію про статус станцій, інші поки що не відповіли. Для таких мереж застосунок покладається на повідомлення водіїв, які перевіряє система рейтингу.</p>
<h2>Бізнес-модель і плани</h2>
<p>Базові функції залишаться безкоштовними. Стартап планує заробляти на преміум-підписці з розширеним плануванням маршрутів, а також на співпраці з власниками кафе й торгових центрів, які встановлюють зарядні станції та хочуть залучати клієнтів.</p>
<p>Команда вже отримала невеликий грант від львівського інноваційного фонду та бере участь в акселераційній програмі для транспортних стартапів. Наступним кроком має стати розширення на Київ, Одесу та Дніпро, а також інтеграція з міськими сервісами паркування.</p>
<p>Експерти ринку електромобілів вважають, що подібні сервіси допоможуть рівномірніше розподілити навантаження між станціями та зменшити черги у пікові години. Водночас вони наголошують, що головне завдання — будувати більше станцій, зокрема з власними накопичувачами енергії, які працюватимуть і під час відключень.</p>
<p>Більше про молоді компанії читайте на сторінці теми <a href="/topics/startups/">«Стартапи»</a>, а про транспорт у Львові — на сторінці <a href="/topics/lviv/">«Львів»</a>. Опис проєкту доступний на <a href="https://example.org/zariadzhai">сайті команди</a>.</p>""",
    },
    # ------------------------------------------------------------------ b20
    {
        "key": "b20",
        "headline": "Dnipro space startup prepares its first imaging microsatellite for launch",
        "lead": "A young company founded by former rocket engineers in Dnipro has finished testing a shoebox-sized satellite that will photograph farmland and river basins, and is waiting for a slot on a rideshare launch.",
        "section": "technology",
        "topics": ["space", "startups"],
        "authors": ["andrii-kovalenko"],
        "source": "Dnipro Wire",
        "hours_ago": 450.0,
        "hero_alt": "Illustration of a small cube-shaped satellite with unfolded solar panels above a stylised Earth",
        "hero_caption": "The satellite is roughly the size of a shoebox.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>A space startup based in Dnipro has completed environmental testing of its first microsatellite, a compact spacecraft designed to take medium-resolution images of farmland, forests and rivers. The company, Orbita Step, says the satellite is now packed for shipment and will fly on a commercial rideshare mission once a launch date is confirmed.</p>
<p>Dnipro has a long history in rocket and space engineering, and several of the startup's twelve employees previously worked at large aerospace enterprises in the city. They say the aim is to show that Ukraine can build and operate its own small Earth observation satellites at a fraction of the cost of traditional programmes.</p>
<h2>What the satellite will do</h2>
<p>The spacecraft carries a multispectral camera capable of distinguishing healthy crops from stressed vegetation, as well as detecting changes in water bodies. The company plans to sell processed images to agricultural firms, insurers and environmental agencies, and to provide some data free of charge to researchers.</p>
<p>The satellite will orbit at an altitude of about five hundred kilometres and pass over Ukraine several times a day. Ground communication will be handled through a small antenna station near Dnipro and a network of partner stations abroad.</p>
<figure class="quote"><blockquote><p>Our parents built rockets that carried other people's satellites. We want to build the satellites ourselves and use what they see to help farmers decide when to water a field or where to look for damaged soil.</p></blockquote><figcaption>Kateryna Zhuravel, chief executive of Orbita Step</figcaption></figure>
<h2>Tests and challenges</h2>
<p>Before shipment, the satellite went through vibration tests simulating the stresses of launch and thermal vacuum tests that reproduce the extreme temperatures of orbit. Some tests were carried out at partner laboratories in Central Europe because suitable facilities in Ukraine were damaged or unavailable.</p>
<p>The team faced other obstacles too: power outages interrupted the assembly of electronics, and some components took months to arrive because of export controls. Engineers moved parts of the clean room to a shelter-equipped basement so that work could continue during alerts.</p>
<h2>The business case</h2>
<p>Investors have shown growing interest in Ukrainian space startups, partly because Earth observation data has proved so valuable during the war. Orbita Step raised its initial funding from a regional venture fund and a group of private investors, and it is applying for grants from European space programmes.</p>
<p>Analysts caution that the small satellite market is crowded, with dozens of companies offering similar images. The startup says its advantage lies in local knowledge of Ukrainian agriculture and in analytical tools built specifically for farmers here.</p>
<p>If the first mission succeeds, the company plans to launch a constellation of up to six satellites within several years. Follow our coverage on the <a href="/topics/space/">space topic page</a>, and find the mission overview at <a href="https://example.org/orbita-step/mission-one">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b21
    {
        "key": "b21",
        "headline": "Debut novel about a Carpathian railway town wins the national prize for new fiction",
        "lead": "A first novel that follows three generations of workers at a mountain railway junction has won the national prize for debut fiction, with the jury praising its humour, its precise language and its portrait of small-town life.",
        "section": "culture",
        "topics": ["literature", "railways"],
        "authors": ["sofia-lysenko"],
        "source": "Carpathian Press Agency",
        "hours_ago": 38.0,
        "hero_alt": "Illustration of a small railway station among green mountains, drawn in soft watercolour shades",
        "hero_caption": "The novel is set around a mountain railway junction.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>A debut novel set in a small railway town in the Carpathian mountains has won the national prize for new fiction. The Junction, by Ivanna Strilets, a former schoolteacher from the Ivano-Frankivsk region, follows three generations of a family whose lives revolve around a station where trains switch between mountain lines.</p>
<p>The award ceremony took place in Lviv, where the shortlisted authors read excerpts to an audience of readers, booksellers and students. The prize includes a cash award, a translation grant and a residency at a literary centre abroad.</p>
<h2>A story told through timetables</h2>
<p>The novel is structured around railway timetables: each chapter begins with the schedule of a particular year, and the arrival and departure of trains marks the rhythm of the family's life. The grandfather is a signalman, his daughter runs the station buffet, and the grandson, who left for the city, returns to help rebuild the line after it is damaged.</p>
<p>Critics have praised the book's dry humour and its careful use of local dialect, which the author introduces without footnotes but with enough context for any reader to follow. The jury statement highlighted several strengths:</p>
<ul>
<li>a vivid portrait of a community that depends on a single industry;</li>
<li>an original structure that turns railway documents into a literary device;</li>
<li>dialogue that captures the speech of the Carpathian region with warmth and precision;</li>
<li>an honest treatment of war and displacement without melodrama.</li>
</ul>
<figure class="quote"><blockquote><p>I grew up listening to the night trains and counting the wagons. I wanted to write about people who keep the trains running, because in our country they have kept so much else running as well.</p></blockquote><figcaption>Ivanna Strilets, author of The Junction</figcaption></figure>
<h2>The shortlist</h2>
<p>The other finalists included a collection of short stories about students in Kharkiv, an experimental novel told entirely through voice messages, and a family saga set in the fishing villages near Odesa. Jury members said the strength of the shortlist showed that new Ukrainian fiction remains vibrant despite the difficult conditions for publishers.</p>
<p>Booksellers report strong demand for the winning novel. Its small independent publisher, based in Chernivtsi, has ordered a second print run and is negotiating audiobook rights. Several foreign publishers have requested sample translations.</p>
<h2>Railway readers</h2>
<p>In a nice twist, the national railway company announced that it would add the winning novel to the small libraries it operates on long-distance night trains, alongside other recent Ukrainian titles. Passengers can borrow a book at boarding and return it to the conductor on arrival.</p>
<p>Strilets said she was already working on a second novel, this time about a river ferry. See our <a href="/topics/literature/">literature page</a> for interviews with other finalists, and read the jury's full statement at <a href="https://example.org/prize/new-fiction/jury-statement">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b22
    {
        "key": "b22",
        "headline": "Харківський театр у підвалі відкриває сезон прем’єрою про подвір’я дитинства",
        "lead": "Незалежний театр, який уже кілька років грає вистави в укритті під житловим будинком, представив нову постановку про дружбу дітей із одного харківського двору. Квитки на перші покази розкупили за день.",
        "section": "culture",
        "topics": ["kharkiv"],
        "authors": ["sofia-lysenko"],
        "source": "Portal correspondents",
        "hours_ago": 120.0,
        "hero_alt": "Абстрактна ілюстрація: маленька сцена під склепінням підвалу, освітлена теплими прожекторами",
        "hero_caption": "Вистави відбуваються в укритті під житловим будинком.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Незалежний харківський театр, що працює в підвальному приміщенні під житловою багатоповерхівкою, відкрив новий сезон прем’єрою вистави «Наш двір». Зала на шістдесят місць була заповнена, а квитки на всі покази до кінця місяця розкупили протягом доби після оголошення.</p>
<p>Театр переїхав до підвалу в перші місяці повномасштабної війни, коли його попереднє приміщення в центрі міста зазнало пошкоджень. Відтоді укриття стало і сценою, і домівкою для трупи: тут репетирують, зберігають декорації, а під час тривог разом із глядачами чекають на відбій.</p>
<h2>Про що вистава</h2>
<p>«Наш двір» розповідає історію п’ятьох дітей, які виросли в одному дворі на Північній Салтівці. Дія розгортається в кількох часових площинах: від безтурботного літа з футболом біля гаражів і секретами під старою шовковицею до сьогодення, коли герої, вже дорослі, повертаються до зруйнованого будинку.</p>
<p>П’єсу написала молода харківська драматургиня на основі розмов із реальними мешканцями району, але всі персонажі вигадані. Режисер поєднав у виставі живу музику, тіньовий театр і відеопроєкції дитячих малюнків, які зібрали в місцевих школах.</p>
<figure class="quote"><blockquote><p>Ми хотіли зробити виставу не про руйнування, а про те, що лишається після нього: про пам’ять, про сміх, про запах яблук у дворі. Глядачі впізнають себе, і після показу часто підходять, щоб розповісти свою історію.</p></blockquote><figcaption>Максим Остапчук, режисер вистави «Наш двір»</figcaption></figure>
<h2>Театр як простір громади</h2>
<p>Окрім вистав, театр проводить безкоштовні творчі майстерні для підлітків, читання нових п’єс і вечори, на яких мешканці діляться спогадами про своє місто. Для багатьох людей, які залишилися в Харкові, такі зустрічі стали способом відчути, що культурне життя триває попри все.</p>
<p>Актори зізнаються, що працювати в підвалі непросто. Низька стеля обмежує декорації, акустика потребує постійних експериментів, а вентиляцію довелося встановлювати за кошти, зібрані глядачами. Проте, кажуть вони, саме ця камерність створює особливий зв’язок між сценою та залом: глядач сидить на відстані витягнутої руки від актора.</p>
<p>Критики відзначають, що за роки війни харківська театральна сцена не лише вистояла, а й оновилася. У місті з’явилися нові незалежні колективи, а досвідчені трупи почали експериментувати з форматами: вистави в метро, аудіопрогулянки районами, покази в бібліотеках і школах.</p>
<h2>Плани на сезон</h2>
<p>Цього сезону театр планує ще дві прем’єри: сучасну адаптацію класичної комедії та документальну виставу про харківських лікарів. Також трупа вирушить у тур містами Слобожанщини та покаже «Наш двір» у шкільних укриттях області.</p>
<p>Частину показів зроблять інклюзивними — з аудіодескрипцією для незрячих глядачів і перекладом жестовою мовою. Керівництво театру шукає партнерів, щоб записати виставу й показати її за кордоном для українців, які змушені були виїхати з Харкова.</p>
<p>Розклад показів і правила відвідування опубліковано на <a href="https://example.org/teatr-pidval/afisha">сайті театру</a>. Більше новин міста — на сторінці теми <a href="/topics/kharkiv/">«Харків»</a>.</p>""",
    },
    # ------------------------------------------------------------------ b23
    {
        "key": "b23",
        "headline": "Odesa film festival unveils a competition line-up led by documentaries",
        "lead": "The Odesa film festival has announced its main competition, and for the first time documentaries outnumber fiction features, reflecting how many Ukrainian filmmakers have turned their cameras on the present.",
        "section": "culture",
        "topics": ["film", "odesa"],
        "authors": ["sofia-lysenko"],
        "source": "Black Sea Monitor",
        "hours_ago": 380.0,
        "hero_alt": "Illustration of a film reel unwinding into sea waves under a warm evening sky",
        "hero_caption": "Documentaries outnumber fiction in the main competition.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Organisers of the Odesa film festival have announced the line-up of the national competition, and for the first time in the festival's history documentaries outnumber fiction features. Of the fourteen films selected, eight are documentaries, two are hybrid works that mix staged and observed scenes, and four are fiction features.</p>
<p>The festival's programme director said the balance was not planned in advance but reflected the submissions. Many Ukrainian filmmakers have spent recent years documenting the war, its impact on daily life and the ways communities adapt, while the high cost and complexity of fiction production have limited the number of feature films.</p>
<h2>Highlights of the programme</h2>
<p>Among the titles drawing early attention are:</p>
<ul>
<li>a documentary about a family of lighthouse keepers on the Black Sea coast, filmed over three years;</li>
<li>a fiction feature about a teenage chess player from Kharkiv preparing for a tournament abroad;</li>
<li>a hybrid film in which residents of a village near Kherson re-enact their own memories of liberation;</li>
<li>an observational documentary following a team of restorers working in a bombed library;</li>
<li>a comedy about a wedding planner in Odesa who must organise a ceremony during a blackout.</li>
</ul>
<p>Several of the films have already been shown at international festivals, while others will have their world premieres in Odesa. The international jury includes directors and critics from five countries.</p>
<h2>Screening under new conditions</h2>
<p>As in recent years, screenings will take place in venues with shelters nearby, and the festival has prepared a detailed plan for pausing films during air-raid alerts. Tickets include a note explaining what happens if a screening is interrupted: it will resume after the alert or be repeated on another day.</p>
<p>The traditional open-air screenings on the steps near the sea remain suspended for safety reasons. Instead, the festival will hold outdoor screenings in several courtyards of the city centre, with limited capacity and clear routes to shelters.</p>
<h2>Industry days and support</h2>
<p>Alongside the competition, the festival will host industry days for producers, with pitching sessions for projects in development and meetings with international co-producers and sales agents. Organisers say interest from foreign partners remains high, but that financing for Ukrainian films is increasingly difficult to secure as state support has been reduced.</p>
<p>A special programme will present restored classics of Ukrainian cinema, including silent films made at the Odesa studio almost a century ago, with live piano accompaniment. Film students will also present short works made in workshops with established directors.</p>
<p>The full programme is available on <a href="https://example.org/odesa-film-festival/programme">the festival website</a>. Our <a href="/topics/film/">film topic page</a> will carry reviews from the festival.</p>""",
    },
    # ------------------------------------------------------------------ b24
    {
        "key": "b24",
        "headline": "Lviv museums finish digitising collections that were evacuated in the first weeks of war",
        "lead": "Curators in Lviv have photographed and catalogued tens of thousands of objects that were packed into crates and moved to safe storage, creating an online archive that lets the public see works still hidden from view.",
        "section": "culture",
        "topics": ["museums", "lviv"],
        "authors": ["sofia-lysenko"],
        "source": "Carpathian Press Agency",
        "hours_ago": 600.0,
        "hero_alt": "Illustration of wooden crates with painted frames inside, lit by a soft scanner light",
        "hero_caption": "Many objects remain in safe storage but can now be seen online.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Several museums in Lviv have completed a large project to digitise collections that were evacuated to secure storage in the first weeks of the full-scale invasion. Curators say tens of thousands of objects, from icons and paintings to manuscripts and folk textiles, have now been photographed, described and entered into a shared online catalogue.</p>
<p>At the beginning of the war, museum staff worked day and night to remove works from walls and display cases, wrap them and pack them into crates. Many of those crates have remained sealed since then, which meant that neither researchers nor the public could see the objects.</p>
<h2>How the work was done</h2>
<p>The project required a careful routine to avoid damaging fragile items and to keep storage locations confidential. The teams followed a fixed sequence:</p>
<ol>
<li>Crates were opened one at a time in a climate-controlled room near the storage site.</li>
<li>Conservators checked each object's condition and recorded any damage caused by packing or transport.</li>
<li>Photographers took high-resolution images, including details and reverse sides.</li>
<li>Curators updated descriptions, attributions and provenance information in the catalogue.</li>
<li>Objects were repacked using improved materials and the crate was sealed again.</li>
</ol>
<p>Because the process was slow, the museums trained additional staff and volunteers, many of them art history students, and worked in shifts. Power outages and air-raid alerts regularly interrupted the work, and photographers relied on battery-powered lighting.</p>
<h2>What the public can see</h2>
<p>The online catalogue is organised by collection and theme, and includes short stories about selected objects written by curators. Highlights include a series of baroque icons from village churches in the region, a collection of embroidered shirts from different parts of western Ukraine, and letters written by writers and artists in the early twentieth century.</p>
<p>Certain information, such as the current location of objects, is not published for security reasons. Some items are shown with lower-resolution images at the request of donors or for conservation reasons.</p>
<h2>A safeguard for the future</h2>
<p>Museum directors say the digital archive is also an insurance policy. If any objects are lost or damaged, the images and descriptions will help with restoration, identification and legal claims. They are sharing their methods with museums in other regions, some of which have lost parts of their collections through destruction or looting.</p>
<p>Researchers welcome the project, noting that many objects had never been properly photographed before. Some attributions have already been revised after conservators examined the reverse sides of paintings and found previously unknown inscriptions.</p>
<p>The museums hope to return some works to public display in a temporary exhibition once conditions allow. Visit the <a href="https://example.org/lviv-museums/catalogue">shared online catalogue</a> or read more on our <a href="/topics/museums/">museums topic page</a>.</p>""",
    },
    # ------------------------------------------------------------------ b25
    {
        "key": "b25",
        "headline": "Late header keeps Vezha Kharkiv in the title race after a tense win over Dnipro Harbour",
        "lead": "A stoppage-time header from a nineteen-year-old defender gave Vezha Kharkiv a two-one win in a match played without spectators, keeping the club within two points of the top of the table.",
        "section": "sport",
        "topics": ["football", "kharkiv"],
        "authors": ["mykola-hrytsenko"],
        "source": "Portal correspondents",
        "hours_ago": 5.0,
        "hero_alt": "Dynamic illustration of a football player rising for a header, drawn in bold orange and navy strokes",
        "hero_caption": "The winning goal came in the final minute of stoppage time.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Vezha Kharkiv stayed firmly in the title race thanks to a header in the fourth minute of stoppage time from Denys Kulyk, a nineteen-year-old centre-back who had never scored in the top division before. The two-one victory over Dnipro Harbour leaves the Kharkiv side two points behind the league leaders with eight rounds to play.</p>
<p>The match was played behind closed doors at a neutral stadium in the west of the country, as Vezha continue to host their home games away from Kharkiv for security reasons. A large group of supporters watched a broadcast in a shelter-equipped sports hall in their home city, and their chants could be heard in a video call shown on the stadium screen at full time.</p>
<h2>How the match unfolded</h2>
<p>Dnipro Harbour started the brighter of the two teams and took the lead in the twenty-third minute, when their captain curled a free kick over the wall and into the top corner. Vezha struggled to build attacks through the middle, with their playmaker closely marked by two midfielders.</p>
<p>The second half was a different story. Vezha's coach switched to a back three and pushed his full-backs higher, and the pressure told in the sixty-first minute. A low cross from the right was turned in at the near post by the striker Artem Hlushko, his eleventh goal of the season.</p>
<p>Both sides had chances to win it. Harbour hit the post on a counterattack, and Vezha's goalkeeper made a fine save from close range with ten minutes left. Then, deep in stoppage time, a corner from the left found Kulyk, who rose above two defenders to power the ball into the net.</p>
<figure class="quote"><blockquote><p>I told the boys at half-time that we play for people who are sitting in a basement in Kharkiv watching us on a screen. We owed them a second half like that. The goal from Denys is something he will remember all his life.</p></blockquote><figcaption>Roman Yakymenko, head coach of Vezha Kharkiv</figcaption></figure>
<h2>The title race</h2>
<p>With the top three teams separated by only four points, the final weeks of the season promise to be tense. Vezha's remaining fixtures include away games against both of the clubs above them, and the coach has warned that squad depth will be tested by injuries and a busy calendar.</p>
<p>Dnipro Harbour, meanwhile, remain in mid-table, safely clear of the relegation zone but out of contention for European places. Their coach said his team deserved at least a draw and criticised the amount of stoppage time, though he praised the young defender's header.</p>
<p>Kulyk, a graduate of the club's youth academy who spent part of his childhood in Kharkiv's metro stations during the early months of the war, dedicated the goal to his former youth coach. Full statistics are available on <a href="https://example.org/league/match-centre">the league match centre</a>, and our <a href="/topics/football/">football page</a> has the latest table.</p>""",
    },
    # ------------------------------------------------------------------ b26
    {
        "key": "b26",
        "headline": "Юні футболістки з Одеси їдуть на міжнародний турнір: що відомо про команду та її тренерку",
        "lead": "Дівоча футбольна команда однієї з одеських спортивних шкіл уперше отримала запрошення на великий міжнародний юнацький турнір. Гравчиням від дванадцяти до чотирнадцяти років допомогли зібрати кошти на поїздку батьки та вболівальники.",
        "section": "sport",
        "topics": ["football", "odesa"],
        "authors": ["mykola-hrytsenko"],
        "source": "Black Sea Monitor",
        "hours_ago": 160.0,
        "hero_alt": "Абстрактна ілюстрація: футбольний м’яч на тлі моря та силуетів дівчат у спортивній формі",
        "hero_caption": "Команда вперше зіграє на міжнародному турнірі такого рівня.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Дівоча футбольна команда одеської дитячо-юнацької спортивної школи вирушає на міжнародний юнацький турнір, у якому цього року беруть участь понад сотня команд із різних країн. Для більшості гравчинь, яким від дванадцяти до чотирнадцяти років, це буде перша поїздка за кордон у складі команди.</p>
<p>Запрошення команда отримала після перемоги у всеукраїнських змаганнях серед дівчат, де одеситки не програли жодного матчу. Організатори турніру вирішили покрити вартість проживання, а транспорт і харчування допомогли оплатити батьки, місцеві підприємці та вболівальники, які зібрали кошти через онлайн-збір.</p>
<h2>Команда, яка тренувалася попри все</h2>
<p>Останні роки були непростими для дитячого спорту в Одесі. Тренування часто переривалися через повітряні тривоги, а частину занять доводилося проводити в спортивних залах з укриттями замість відкритих полів. Узимку дівчата тренувалися на невеликому штучному майданчику, де одночасно займалися ще кілька груп.</p>
<p>Попри це, команда не лише зберегла склад, а й зросла: за останній рік до секції прийшло майже вдвічі більше дівчат, ніж раніше. Частина з них — діти внутрішньо переміщених родин, які оселилися в Одесі.</p>
<figure class="quote"><blockquote><p>Мої дівчата навчилися грати, коли над головою сирена, і розв’язувати задачі на полі швидше, ніж дорослі. Я хочу, щоб на турнірі вони відчули себе просто футболістками, а не дітьми війни, і насолодилися кожною хвилиною гри.</p></blockquote><figcaption>Вікторія Савчук, головна тренерка команди</figcaption></figure>
<h2>Про тренерку</h2>
<p>Вікторія Савчук сама грала за жіночі клуби вищої ліги, а після завершення кар’єри повернулася до рідного міста й почала тренувати дітей. Вона наголошує, що для неї важливі не лише результати, а й те, щоб дівчата полюбили спорт на все життя, навчилися працювати в команді та вірити в себе.</p>
<p>За її словами, найбільшою проблемою жіночого дитячого футболу в Україні досі залишаються стереотипи. Деякі батьки й досі вважають, що футбол — «не для дівчат». Проте успіхи команди, каже тренерка, поступово змінюють ставлення: після перемоги на національних змаганнях до неї звернулися кілька шкіл із проханням провести відкриті тренування.</p>
<h2>Що далі</h2>
<p>На турнірі одеситки зіграють у груповому етапі з командами з трьох країн. Окрім матчів, організатори запланували для учасників екскурсії, спільний фестиваль і зустрічі з професійними футболістками. Тренерка сподівається, що поїздка допоможе дівчатам налагодити дружні зв’язки з однолітками з інших країн.</p>
<p>Після повернення команда готуватиметься до нового сезону національної юнацької ліги. Керівництво спортивної школи планує відкрити ще одну групу для наймолодших гравчинь віком від семи років і вже шукає для неї тренера.</p>
<p>Міська рада пообіцяла відремонтувати одне з полів школи й облаштувати поруч укриття, щоб тренування менше залежали від тривог. Роботи мають розпочатися найближчим часом, а частину коштів виділять із програми розвитку дитячого спорту.</p>
<p>Стежити за результатами команди можна на <a href="https://example.org/turnir/rezultaty">сайті турніру</a>, а інші новини про футбол читайте на сторінці теми <a href="/topics/football/">«Футбол»</a>.</p>""",
    },
    # ------------------------------------------------------------------ b27
    {
        "key": "b27",
        "headline": "Rebuilt town stadium near Kyiv hosts its first match since it was destroyed",
        "lead": "Hundreds of residents filled the new stands of a small-town stadium in the Kyiv region for an amateur league game, marking the end of a reconstruction project funded by donations from football fans abroad.",
        "section": "sport",
        "topics": ["football", "reconstruction"],
        "authors": ["mykola-hrytsenko"],
        "source": None,
        "hours_ago": 340.0,
        "hero_alt": "Illustration of a small football stadium with new blue seats and young trees around the pitch",
        "hero_caption": "The stadium was rebuilt with donations from fans abroad.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>For the first time since it was shelled and burned during the occupation of the northern Kyiv region, the stadium in the small town of Horodyshche-Lisove has hosted a football match. Several hundred residents filled the new stands to watch the local amateur club, Sokil, play a regional league game against a team from a neighbouring district. The town and both clubs are small, and the match ended in a cheerful three-all draw.</p>
<p>The reconstruction was funded largely by donations collected by supporters' groups of several European clubs, who adopted the project after a fan delegation visited the region. Local businesses and the town council covered the remaining costs.</p>
<h2>From ruins to a community hub</h2>
<p>When the town was liberated, the stadium was a field of craters, with the wooden stands burned and the changing rooms destroyed. Demining teams spent several weeks checking the pitch and surrounding area before any work could begin.</p>
<p>The reconstruction followed a plan drawn up together with residents. The main stages were:</p>
<ol>
<li>clearing the site of explosive remnants and debris;</li>
<li>laying a new drainage system and a natural grass pitch;</li>
<li>building new stands with about eight hundred seats and a covered section for elderly spectators;</li>
<li>constructing a building with changing rooms, a first-aid room and a shelter that can hold all spectators;</li>
<li>installing floodlights powered partly by solar panels on the roof of the stands.</li>
</ol>
<p>The new building also contains a small hall for youth training in winter and a room that the town council will use for community meetings and events.</p>
<figure class="quote"><blockquote><p>When we were children, the whole town came here every weekend. After the occupation, people avoided even walking past. Today grandmothers were sitting in the stands with their grandchildren again, and that is worth more than any result.</p></blockquote><figcaption>Vasyl Ponomarenko, chairman of FC Sokil and a former player</figcaption></figure>
<h2>Fans across borders</h2>
<p>Representatives of the supporters' groups that financed the project travelled to the opening and played a friendly match against local veterans before the league game. They presented the club with a set of kits and a banner that now hangs above the main entrance.</p>
<p>The initiative is one of several in which foreign football communities have helped rebuild sports facilities in Ukraine. Organisers say such projects are valuable because they restore places where people gather, not just buildings.</p>
<h2>Next steps</h2>
<p>The club hopes to enter a youth team in the regional league next season and has already registered more than sixty children for training. The stadium will also be available to local schools for physical education classes during the day.</p>
<p>More on sport and rebuilding can be found on our <a href="/topics/reconstruction/">reconstruction topic page</a>, and the supporters' campaign is described at <a href="https://example.org/fans-rebuild/horodyshche-lisove">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b28
    {
        "key": "b28",
        "headline": "Kyiv half marathon adds a night route and a charity category for rehabilitation centres",
        "lead": "Organisers of the Kyiv half marathon have announced a new evening course along the embankment and a charity entry category, with funds going to centres that help wounded service members return to sport.",
        "section": "sport",
        "topics": ["kyiv", "public-health"],
        "authors": ["mykola-hrytsenko"],
        "source": "City Council press office",
        "hours_ago": 680.0,
        "hero_alt": "Illustration of runners silhouetted against city lights along a river embankment at dusk",
        "hero_caption": "The new route follows the Dnipro embankment.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>The Kyiv half marathon will include an evening race along the Dnipro embankment for the first time, organisers have announced, alongside a new charity entry category that will support rehabilitation centres for wounded service members. The changes were presented at a press event attended by city officials and representatives of running clubs.</p>
<p>Registration opened immediately after the announcement, and organisers said the places for the evening race were being taken quickly. The race will take place under the city's current safety rules, with marshals trained to guide participants to shelters in case of an air-raid alert.</p>
<h2>What is new this year</h2>
<p>Organisers listed several innovations aimed at making the event more inclusive and more visible in the city:</p>
<ul>
<li>an evening half marathon course along the embankment, with lighting supplied partly by portable battery stations;</li>
<li>a charity category in which participants raise a minimum amount for rehabilitation centres;</li>
<li>a separate start for athletes using wheelchairs and handbikes, with adapted aid stations;</li>
<li>a five-kilometre family run with no time limit;</li>
<li>free entry for veterans undergoing rehabilitation who wish to take part in the shorter distances.</li>
</ul>
<h2>Sport as rehabilitation</h2>
<p>Rehabilitation specialists say running and other endurance sports can play an important role in recovery after injury, including for people using prostheses. Several centres in Kyiv already run training groups in which veterans prepare for races with the help of coaches and physiotherapists.</p>
<p>The funds raised through the charity category will be distributed among three such centres and used to buy sports prostheses, adapted bicycles and equipment for physiotherapy rooms. Organisers have promised to publish a report on how the money was spent.</p>
<p>Doctors also see the event as a way to encourage residents to be more active. Public health specialists point out that stress, disrupted sleep and long hours in shelters have affected the physical condition of many city dwellers, and regular moderate exercise is one of the most effective ways to improve both mood and cardiovascular health.</p>
<h2>Practical information</h2>
<p>Participants must present a medical certificate or sign a health declaration when collecting their race numbers. Several roads near the embankment will be closed during the race, and public transport routes will be adjusted. The city council has advised residents to check the updated schedules in advance.</p>
<p>Running clubs are organising free group training sessions in parks across the city in the weeks before the race, including sessions for complete beginners. Details are available on <a href="https://example.org/kyiv-half-marathon/registration">the race website</a>, and more news about the capital is on our <a href="/topics/kyiv/">Kyiv topic page</a>.</p>""",
    },
    # ------------------------------------------------------------------ b29
    {
        "key": "b29",
        "headline": "Kyiv region hospitals trial AI-assisted triage to speed up treatment for stroke patients",
        "lead": "Four hospitals in the Kyiv region are testing software that flags likely strokes on brain scans and alerts specialists by phone, in an effort to cut the minutes lost between a patient's arrival and the start of treatment.",
        "section": "science",
        "topics": ["public-health"],
        "authors": ["iryna-shevchuk"],
        "source": "Portal correspondents",
        "hours_ago": 44.0,
        "hero_alt": "Abstract illustration of a brain outline made of blue network nodes with one glowing red point",
        "hero_caption": "The software highlights suspected blockages on scans.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>Four hospitals in the Kyiv region have begun a trial of software that uses machine learning to analyse brain scans of patients with suspected stroke. The system highlights possible blockages of blood vessels and sends an alert to the on-call neurologist's phone, even if the specialist is at another hospital.</p>
<p>In stroke care, every minute counts. Treatments that dissolve or remove a clot are most effective when started quickly, and delays can mean the difference between a full recovery and lasting disability. Smaller hospitals often lack a neurologist or radiologist on site around the clock, so scans may wait for review.</p>
<h2>How the trial works</h2>
<p>The trial is coordinated by a regional stroke network that links smaller district hospitals with a large centre able to perform clot removal procedures. Under the new protocol:</p>
<ul>
<li>patients with stroke symptoms receive a CT scan immediately on arrival;</li>
<li>the software analyses the images within a few minutes and marks suspicious areas;</li>
<li>the neurologist on duty receives an alert with the images on a secure phone application;</li>
<li>if a large vessel blockage is confirmed, the patient is transferred to the stroke centre while the team there prepares the procedure room;</li>
<li>every case is later reviewed by a human radiologist to check the software's accuracy.</li>
</ul>
<p>Doctors stress that the software does not make decisions. It is designed to prioritise scans and speed up communication, while diagnosis and treatment remain the responsibility of physicians.</p>
<h2>First observations</h2>
<p>It is too early for formal results, but doctors involved say the time between a scan and a specialist's decision has already shortened noticeably in several cases. The system has also helped in the evening and at night, when staffing is thinnest.</p>
<figure class="quote"><blockquote><p>Before, a scan from a district hospital could wait while we were busy with another patient. Now my phone tells me which case cannot wait. The software is not a doctor, but it is a very good alarm clock.</p></blockquote><figcaption>Dr Olha Marchuk, neurologist at the regional stroke centre</figcaption></figure>
<p>The researchers are also tracking false alarms and missed cases. Early observations suggest that the system sometimes flags older, healed injuries as new problems, which can distract busy staff. The developers are adjusting the algorithm using anonymised local data.</p>
<h2>Questions of data and trust</h2>
<p>Medical ethicists have welcomed the trial's design, especially the requirement for human review of every case, but urge clear rules on data protection. Patient scans are processed on servers within the country and are anonymised before being used to improve the software, according to the organisers.</p>
<p>The trial will run for a year, after which the health authorities will decide whether to expand the system to other regions. Stroke specialists also remind the public of the warning signs: a drooping face, weakness in an arm and slurred speech mean it is time to call an ambulance immediately. Find more on our <a href="/topics/public-health/">public health page</a> and at <a href="https://example.org/health/stroke-warning-signs">example.org</a>.</p>""",
    },
    # ------------------------------------------------------------------ b30
    {
        "key": "b30",
        "headline": "Над Карпатами зафіксували яскравий зорепад: астрономи пояснюють, як спостерігати метеори",
        "lead": "Аматорська мережа камер у Карпатах зареєструвала понад триста метеорів за одну ніч. Учені пояснюють, звідки беруться «падаючі зорі», і радять, як побачити їх без телескопа навіть у межах міста.",
        "section": "science",
        "topics": ["space"],
        "authors": ["iryna-shevchuk"],
        "source": "Carpathian Press Agency",
        "hours_ago": 210.0,
        "hero_alt": "Абстрактна ілюстрація: світлі смуги метеорів над темними силуетами гір",
        "hero_caption": "Камери мережі працюють у горах щоночі.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Мережа автоматичних камер, яку астрономи-аматори встановили на кількох карпатських полонинах, зафіксувала понад триста метеорів протягом однієї ночі. Це найбільша кількість, зареєстрована мережею від початку її роботи. Дані вже передали науковцям, які вивчають потоки космічного пилу, що перетинають орбіту Землі.</p>
<p>Камери з ширококутними об’єктивами щоночі знімають небо й автоматично записують кожен спалах. Завдяки тому, що одна й та сама подія потрапляє в поле зору кількох камер, можна обчислити висоту, швидкість і траєкторію частинки.</p>
<h2>Звідки беруться «падаючі зорі»</h2>
<p>Метеори — це крихітні частинки пилу та каміння, здебільшого розміром із піщинку, які влітають в атмосферу на швидкості в десятки кілометрів за секунду. Через тертя з повітрям вони розжарюються й згоряють на висоті приблизно сто кілометрів, залишаючи світний слід.</p>
<p>Більшість таких частинок — залишки комет. Коли комета наближається до Сонця, вона втрачає частину речовини, і вздовж її орбіти утворюється «доріжка» пилу. Щороку Земля в певні дні перетинає ці доріжки, і тоді кількість метеорів різко зростає — так виникають відомі метеорні потоки.</p>
<p>За словами науковців, рекордна ніч пояснюється поєднанням кількох чинників: активним метеорним потоком, ясною погодою над горами та відсутністю Місяця на небі. Окрім звичайних метеорів, камери зафіксували кілька болідів — дуже яскравих спалахів, які були видно навіть крізь тонку хмарність.</p>
<h2>Як спостерігати метеори самостійно</h2>
<p>Для спостережень не потрібні ні телескоп, ні бінокль. Астрономи радять дотримуватися простих кроків:</p>
<ol>
<li>Оберіть ніч без Місяця або з тонким серпом і перевірте прогноз погоди.</li>
<li>Відійдіть якомога далі від яскравих ліхтарів; навіть невеликий парк чи подвір’я без освітлення краще, ніж вулиця.</li>
<li>Дайте очам звикнути до темряви щонайменше двадцять хвилин і не дивіться на екран телефону.</li>
<li>Влаштуйтеся зручно — лежачи на туристичному килимку чи в розкладному кріслі — і дивіться на широку ділянку неба.</li>
<li>Запишіть кількість метеорів і час спостереження: такі дані можна надіслати до аматорської мережі.</li>
</ol>
<h2>Наука, у якій може взяти участь кожен</h2>
<p>Організатори мережі наголошують, що внесок аматорів у вивчення метеорів дуже вагомий. Професійні обсерваторії не можуть постійно стежити за всім небом, а десятки камер і сотні спостерігачів-волонтерів дозволяють збирати великі масиви даних. Кілька наукових статей на основі спостережень мережі вже опубліковано в міжнародних журналах.</p>
<p>Найближчим часом мережа планує встановити нові камери на Закарпатті та Буковині, а також запустити освітню програму для шкіл гірських громад. Учні зможуть самостійно аналізувати записи й шукати в них боліди.</p>
<p>Окрім наукової цінності, дані камер допомагають шукати метеорити — уламки, які долетіли до поверхні Землі. Якщо траєкторію боліда вдається точно обчислити, дослідники можуть визначити ймовірне місце падіння й організувати пошуки. Такі знахідки надзвичайно цінні, адже зберігають речовину, з якої формувалася Сонячна система.</p>
<p>Більше матеріалів про астрономію та космос читайте на сторінці теми <a href="/topics/space/">«Космос»</a>, а записи камер доступні на <a href="https://example.org/meteory/karpaty">сайті аматорської мережі</a>.</p>""",
    },
    # ------------------------------------------------------------------ b31
    {
        "key": "b31",
        "headline": "Soil scientists map war-damaged farmland to decide which fields can be cleaned first",
        "lead": "Researchers are combining satellite images, soil samples and demining records to build a map of contaminated and damaged agricultural land, helping authorities and farmers set priorities for restoring fields.",
        "section": "science",
        "topics": ["agriculture", "climate"],
        "authors": ["iryna-shevchuk"],
        "source": "Dnipro Wire",
        "hours_ago": 470.0,
        "hero_alt": "Illustration of a patchwork of fields seen from above, some golden and some grey with soil sample markers",
        "hero_caption": "The map combines satellite images and soil samples.",
        "hero_credit": "Illustration: Portal graphics desk",
        "is_lead": False,
        "correction": "",
        "body": """<p>A team of soil scientists from several Ukrainian research institutes is building a detailed map of agricultural land damaged by the war. The project combines satellite imagery, laboratory analysis of soil samples and records from demining teams to show which fields are safe, which are contaminated with heavy metals or fuel residues, and which have lost fertile topsoil.</p>
<p>Ukraine's black earth, or chornozem, is among the most fertile soil in the world, and farming remains a pillar of the national economy. But large areas near former and current front lines have been cratered, burned, compacted by heavy vehicles and contaminated by debris from weapons.</p>
<h2>Reading the damage</h2>
<p>Satellite images reveal craters, burned areas and trenches, but they cannot show what lies beneath the surface. For that, the scientists rely on samples collected by field teams working alongside deminers. Each sample is analysed for heavy metals such as lead, copper and cadmium, as well as for petroleum products and changes in organic matter.</p>
<p>Early findings suggest that contamination is often highly localised. A crater may contain elevated levels of metals, while the soil a few metres away is largely unaffected. This means that many fields may be restored more quickly than feared once they are cleared of explosive remnants, provided the most damaged spots are treated separately.</p>
<figure class="quote"><blockquote><p>The soil has a long memory, but it also has a remarkable capacity to heal. Our job is to tell farmers precisely where the problem is, so that they do not abandon a whole field because of a few hundred square metres.</p></blockquote><figcaption>Professor Liudmyla Horbatiuk, soil scientist leading the mapping project</figcaption></figure>
<h2>Priorities and methods</h2>
<p>The map divides land into categories, from fields that can be returned to cultivation after demining to areas that need long-term remediation. For moderately contaminated plots, the researchers recommend methods such as planting crops that absorb metals, adding organic matter and lime to bind contaminants, or temporarily converting fields to grassland.</p>
<p>Climate considerations also play a role. Damaged soil with less organic matter stores less carbon and holds less water, making it more vulnerable to drought. Restoring soil health therefore helps both food production and the country's climate goals, the researchers say.</p>
<h2>Funding and access</h2>
<p>The project is supported by international agricultural research grants and by the ministry responsible for agriculture. Farmers can request an assessment of their land through local agricultural advisory services, and the results are shared with them free of charge.</p>
<p>Scientists note that the greatest challenge remains access: many fields cannot be sampled until they have been cleared of mines, which may take years in some areas. They hope that wider use of drones equipped with sensors could speed up preliminary assessments.</p>
<p>The researchers plan to publish an interactive version of the map, with exact locations hidden where necessary for safety. Background on the topic is available on our <a href="/topics/agriculture/">agriculture page</a> and in a <a href="https://example.org/soil/war-damage-assessment">methodology note</a>.</p>""",
    },
    # ------------------------------------------------------------------ b32
    {
        "key": "b32",
        "headline": "Щеплення проти кору: львівські лікарі закликають батьків перевірити календар дитини",
        "lead": "Після кількох випадків кору в області педіатри Львова нагадують батькам, що вакцинація залишається найнадійнішим захистом. Лікарі пояснюють, як перевірити пропущені щеплення та де зробити їх безкоштовно.",
        "section": "science",
        "topics": ["public-health", "lviv"],
        "authors": ["iryna-shevchuk"],
        "source": None,
        "hours_ago": 560.0,
        "hero_alt": "Абстрактна ілюстрація: щит у формі краплі, що захищає силуети батьків і дитини",
        "hero_caption": "Лікарі радять перевірити записи про щеплення в медичній картці.",
        "hero_credit": "Ілюстрація: графічна служба порталу",
        "is_lead": False,
        "correction": "",
        "body": """<p>Педіатри та інфекціоністи Львова закликають батьків перевірити, чи отримали їхні діти всі щеплення згідно з національним календарем, зокрема вакцину проти кору, паротиту та краснухи. Звернення з’явилося після того, як в області зафіксували кілька випадків кору серед невакцинованих дітей.</p>
<p>Кір — одна з найбільш заразних інфекцій: один хворий може заразити більшість невакцинованих людей, з якими контактує в закритому приміщенні. Хвороба може спричиняти ускладнення, зокрема запалення легень і головного мозку, і особливо небезпечна для немовлят і людей з ослабленим імунітетом.</p>
<h2>Чому з’явилися прогалини</h2>
<p>Лікарі пояснюють, що за останні роки чимало дітей пропустили планові щеплення. Причин кілька: переїзди родин, втрата медичних документів, тимчасова недоступність вакцин у деяких громадах, а також поширення недостовірної інформації про безпечність вакцинації. Львівщина прийняла багато внутрішньо переміщених родин, і не всі з них встигли зареєструватися в сімейного лікаря.</p>
<p>За словами медиків, у деяких школах частка дітей із повним курсом щеплення проти кору нижча за рівень, необхідний для колективного захисту. Це означає, що навіть поодинокий завезений випадок може спричинити спалах.</p>
<h2>Що радять зробити батькам</h2>
<p>Лікарі підготували короткий перелік дій для родин, які не впевнені, чи всі щеплення зроблено:</p>
<ul>
<li>перевірити записи в медичній картці дитини або в електронній системі охорони здоров’я через застосунок;</li>
<li>якщо документів немає, звернутися до сімейного лікаря чи педіатра — він складе індивідуальний графік надолуження;</li>
<li>пам’ятати, що за календарем дитина отримує дві дози вакцини: у рік і в шість років;</li>
<li>не відкладати щеплення через легку застуду — лікар оцінить, чи є справжні протипоказання;</li>
<li>дорослим, які не хворіли на кір і не мають записів про щеплення, також варто проконсультуватися з лікарем.</li>
</ul>
<p>Вакцини, передбачені національним календарем, для дітей безкоштовні. Їх можна отримати в амбулаторіях сімейної медицини та дитячих поліклініках, а в деяких громадах — у мобільних пунктах вакцинації, які працюють біля шкіл і центрів для переселенців.</p>
<h2>Безпечність і довіра</h2>
<p>Інфекціоністи наголошують, що вакцина проти кору застосовується десятиліттями й має добре вивчений профіль безпеки. Найчастіші реакції — невелике підвищення температури чи почервоніння в місці уколу, які минають за кілька днів. Серйозні побічні реакції трапляються вкрай рідко, набагато рідше, ніж ускладнення самої хвороби.</p>
<p>Міський департамент охорони здоров’я планує інформаційну кампанію в школах і дитячих садках, а також зустрічі батьків із лікарями, де можна буде поставити запитання. Медики просять не покладатися на поради з соціальних мереж і звертатися до перевірених джерел.</p>
<p>Перелік закладів, де можна безкоштовно зробити щеплення, опубліковано на <a href="https://example.org/lviv/shcheplennia">довідковому ресурсі</a>. Інші матеріали про здоров’я читайте на сторінці теми <a href="/topics/public-health/">«Громадське здоров’я»</a>.</p>""",
    },
]

ARTICLES = ARTICLES_A + ARTICLES_B
