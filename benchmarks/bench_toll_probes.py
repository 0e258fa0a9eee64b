"""Death-toll probes: common wire sentences about deaths in other wars and disasters, and
sentences that state no death, written for issue 14's fourth and fifth toll passes (never from
a FA-KES fold). Prints the sentences the rules misread and the counts: a sentence with a toll is read when
its headline is the toll (or, for a war or period total, which is never a headline, when a claim
of another scope has the value); a sentence without one when it gives no claim at all. A fourth
list (P4) checks the scope of another war's total quoted in an article about the study's conflict.

    .venv/bin/python benchmarks/bench_toll_probes.py
"""

from __future__ import annotations

from analysis import tolls

# (sentence, the toll it states, or None when it states no death): each value read off the sentence.
P = [
 ("A Russian missile strike on a residential building in Dnipro killed 45 people, including six children, officials said.", 45),
 ("Ukrainian officials said 12 civilians were killed when shells hit a market in Donetsk.", 12),
 ("At least 17 people died and dozens were injured after a drone hit an apartment block in Odesa.", 17),
 ("An 8-year-old boy and his mother were killed when a rocket struck their home in Kharkiv.", 2),
 ("A man and his son were killed in the shelling of Kherson, the regional governor said.", 2),
 ("Two of the wounded later died in hospital, bringing the toll to 14.", 14),
 ("Two of the wounded later died in hospital.", 2),
 ("Three fishermen are missing and presumed dead after their boat sank off the coast.", 3),
 ("Five crew members were missing and presumed dead.", 5),
 ("Israeli air strikes killed at least 32 Palestinians across the Gaza Strip on Tuesday, health officials said.", 32),
 ("The Gaza health ministry said the death toll had risen to 1,200.", 1200),
 ("Three Israeli soldiers were killed in fighting in northern Gaza, the military said.", 3),
 ("A Saudi-led coalition air strike on a wedding party in Yemen killed 23 people, medics said.", 23),
 ("Houthi rebels said 14 fishermen died when their boats were hit.", 14),
 ("Fighting between the army and the Rapid Support Forces in Khartoum has killed more than 400 people, the WHO said.", 400),
 ("Sudanese doctors said at least 56 civilians were killed in El Fasher over the weekend.", 56),
 ("Myanmar's military killed at least 30 villagers in an air strike on Sagaing region, witnesses said.", 30),
 ("Security forces shot dead seven protesters in Yangon on Sunday.", 7),
 ("A suicide bomber killed 59 worshippers at a mosque in Peshawar.", 59),
 ("A car bomb exploded outside a hotel in Mogadishu, killing nine people and wounding 47.", 9),
 ("Al-Shabaab fighters killed 11 Kenyan police officers in a roadside bomb attack.", 11),
 ("Gunmen killed 18 villagers in northwestern Nigeria's Zamfara state, police said.", 18),
 ("Jihadists killed more than 100 people in an attack on a village in Burkina Faso.", 100),
 ("The death toll from the earthquake in Turkey and Syria rose above 50,000.", 50000),
 ("The quake killed more than 2,000 people in Morocco's High Atlas mountains.", 2000),
 ("Flash floods in Libya's eastern city of Derna killed at least 4,000 people.", 4000),
 ("At least 61 migrants drowned when their boat capsized off Libya, the IOM said.", 61),
 ("Dozens of people are feared dead after a landslide buried a village in Papua New Guinea.", 24),
 ("More than 300 people are feared dead after the ferry sank.", 300),
 ("Rescuers pulled 23 bodies from the rubble of the collapsed building.", 23),
 ("The storm left 14 people dead across three states.", 14),
 ("Hurricane Ian killed at least 100 people in Florida.", 100),
 ("Wildfires in Maui have killed at least 114 people, officials said.", 114),
 ("A fire at a nightclub in Murcia killed 13 people.", 13),
 ("Nine people, including a child, died in the blaze.", 9),
 ("A stampede at a religious gathering in India left 121 dead.", 121),
 ("Two people were killed and five wounded in a shooting at a shopping mall.", 2),
 ("A gunman opened fire at a school in Uvalde, killing 19 children and two teachers.", 21),
 ("Police said a man shot and killed four people before turning the gun on himself.", 4),
 ("The attack left three people dead and 20 injured.", 3),
 ("A Palestinian was shot dead by Israeli troops during a raid in Jenin, the ministry said.", 1),
 ("A 16-year-old Palestinian was killed by Israeli fire near Nablus.", 1),
 ("A journalist was killed in a drone strike in southern Lebanon.", 1),
 ("An aid worker was killed when her convoy came under fire in Darfur.", 1),
 ("A UN peacekeeper was killed and two others injured in Mali.", 1),
 ("The army said 35 militants were killed in clashes in North Waziristan.", 35),
 ("Pakistani troops killed six insurgents in a raid in Balochistan.", 6),
 ("Some 200 soldiers were killed in the battle for Bakhmut, according to Ukrainian estimates.", 200),
 ("The UN has verified more than 10,000 civilian deaths in Ukraine since February 2022.", 10000),
 ("The war in Yemen has killed an estimated 377,000 people, the UN said.", 377000),
 ("Sudan's conflict has killed more than 15,000 people since April.", 15000),
 ("The toll from the Kyiv strike climbed to 31, including five children.", 31),
 ("Rescuers found four more bodies, raising the death toll to 27.", 27),
 ("The number of dead from the floods has reached 1,100, the government said.", 1100),
 ("The World Health Organization said cholera had killed 3,000 people in Yemen.", 3000),
 ("Heatwave deaths in Europe topped 60,000 last summer.", 60000),
 ("The bus plunged into a ravine, killing 26 passengers.", 26),
 ("A train derailment in Odisha killed 288 people and injured more than 1,000.", 288),
 ("Seven people died when a bridge collapsed in Gujarat.", 7),
 ("A boat carrying Rohingya refugees sank, leaving 180 missing and presumed dead.", 180),
 ("An Israeli strike on a school sheltering displaced families killed 30 people, Gaza's civil defence said.", 30),
 ("Eleven members of one family were killed in a strike on their house in Rafah.", 11),
 ("A mother and her three children were killed in the attack.", 4),
 ("A father and his two daughters died in the fire.", 3),
 ("Twin suicide bombings in Kabul killed 13 U.S. troops and at least 170 Afghans.", 183),
 ("Fighting in eastern Congo has killed 27 people this week, a local official said.", 27),
 ("ADF rebels killed at least 40 civilians in a machete attack in Beni.", 40),
 ("Clashes between rival militias in Tripoli killed 55 people, the health ministry said.", 55),
 ("Ethiopian government troops killed dozens of civilians in Amhara, witnesses said.", 24),
 ("Hundreds were killed in the fighting, residents said.", 200),
 ("One person died and 12 were hurt when the roof collapsed.", 1),
 ("The blast killed a policeman and wounded three passers-by.", 1),
 ("A British aid worker and a Palestinian driver were killed in the strike.", 2),
 ("Two Ukrainian soldiers and a civilian were killed overnight.", 3),
 ("A Russian general was killed by a bomb hidden in a scooter in Moscow.", 1),
 ("An elderly woman died after the shelling damaged her home.", 1),
 ("Twelve people were confirmed dead after the typhoon struck the Philippines.", 12),
 ("The cyclone killed at least 21 people in Bangladesh and Myanmar.", 21),
 ("Three Indian soldiers were killed in a gunfight with militants in Kashmir.", 3),
 ("A Turkish drone strike killed four Kurdish fighters in northern Iraq, the SDF said.", 4),
 ("At least 8 people lost their lives in the avalanche.", 8),
 ("The plane crash left all 62 people on board dead.", 62),
 ("All 132 people on board the China Eastern jet died.", 132),
 ("The mine collapse killed 17 workers in Zacatecas.", 17),
 ("Two firefighters died battling the blaze.", 2),
 ("Nearly 600 people have died in the heatwave in India, officials said.", 600),
 ("As many as 70 people may have been killed in the attack on the market.", 70),
 ("Authorities put the death toll at 42.", 42),
 ("Local media put the number killed at 15.", 15),
 ("The drone attack killed a family of six in Khan Younis.", 6),
 # non-deaths / non-tolls
 ("No one was killed in the attack, police said.", None),
 ("Nobody was hurt when the missile hit an empty warehouse.", None),
 ("Two people were wounded when shells hit a school in Kharkiv.", None),
 ("More than 300 people were arrested during the protests.", None),
 ("The storm damaged 1,200 homes and left 40,000 without power.", None),
 ("Four people were rescued from the rubble alive.", None),
 ("The army said it had destroyed 14 tanks and 20 armoured vehicles.", None),
 ("The 25-year-old soldier survived the attack.", None),
 ("The company said it would cut 1,500 jobs.", None),
 ("A court sentenced three men to death for the bombing.", None),
 ("Twenty-three people remain missing after the floods.", None),
 ("The ceasefire was agreed on 14 May after 11 days of fighting.", None),
 ("Survivors of the 2004 tsunami gathered to remember those they lost.", None),
 ("Five hostages were freed on Sunday.", None),
 ("The minister survived an assassination attempt that wounded two bodyguards.", None),
 ("Some 2 million people have fled the fighting.", None),
 ("A Palestinian was arrested in Hebron overnight.", None),
 ("An American was injured in the blast.", None),
 ("Two of the wounded were discharged from hospital.", None),
 ("All 62 people on board survived the crash landing.", None),
 ("Heatwave deaths fell sharply last summer.", None),
 ("Three fishermen are missing after their boat sank.", None),
 ("The death toll rose 12 percent in a week.", None),
 ("A man and his son were wounded in the shelling.", None),
 ("He and his son fled the fighting in Kharkiv.", None),
 ("The Senate killed a Republican bill on Tuesday.", None),
 ("A Russian general was sacked after the retreat.", None),
 ("The death toll is not yet known.", None),
 ("Doctors saved the lives of 12 children.", None),
 ("The war in Yemen has displaced 4 million people.", None),
 ("Police arrested two of the suspects.", None),
 ("Ukraine said it shot down 30 drones overnight.", None),
 ("An Israeli delegation arrived in Cairo for talks.", None),
 ("The 2004 tsunami remains the deadliest on record.", None),
 ("Rescuers pulled 14 survivors from the rubble.", None),
 ("Five of the injured were in critical condition.", None),
]

# A second list, written after the rules the first one led to, to see whether they carry over:
# 14 of its 25 tolls were missed before the fourth pass, 2 after ("all 53 crew on board", "trapped
# and presumed dead"), which were then added, so both lists are now in-sample.
P2 = [
 ("A Ukrainian drone strike on a refinery in Bryansk killed two workers, the governor said.", 2),
 ("Two Egyptians and a Jordanian were killed when their car hit a mine.", 3),
 ("A Nigerian soldier was killed and four were wounded in an ambush by Boko Haram.", 1),
 ("Four Pakistanis drowned when their boat capsized off Greece.", 4),
 ("At least 40 Afghans were killed in the earthquake in Herat province.", 40),
 ("The Indonesian navy said all 53 crew on board the submarine were dead.", 53),
 ("A Lebanese paramedic was killed in an Israeli strike on an ambulance.", 1),
 ("A woman and her daughter were killed when a shell hit their flat in Kherson.", 2),
 ("A teacher and her husband died in the blaze.", 2),
 ("The death toll from the cyclone climbed above 1,000, officials said.", 1000),
 ("Cholera deaths in Haiti have reached 120, the health ministry said.", 120),
 ("Fatalities in the province topped 300 on Sunday.", 300),
 ("Twenty miners are trapped and presumed dead after the collapse.", 20),
 ("Eleven sailors were missing, feared dead, after the vessel sank in the storm.", 11),
 ("Three of the injured later died in hospital, officials said.", 3),
 ("The plane went down in the jungle, killing all 72 aboard.", 72),
 ("All 9 people on board the helicopter were killed.", 9),
 ("Gunmen killed a police officer and his son in Michoacan.", 2),
 ("A Somali journalist was shot dead in Mogadishu on Saturday.", 1),
 ("A Colombian colonel was killed in a guerrilla attack.", 1),
 ("Twelve Sudanese were killed in clashes in West Darfur.", 12),
 ("Five Tanzanians died in the bus crash.", 5),
 ("More than 30 Ethiopians were killed in a drone strike in Amhara.", 30),
 ("A Haitian gang killed 70 people in the town of Pont-Sonde.", 70),
 ("Armed men shot dead nine Kenyans near the Somali border.", 9),
 # non-deaths
 ("A Ukrainian was detained at the border.", None),
 ("A Nigerian and his son were arrested in Lagos.", None),
 ("Three of the wounded were flown to Nairobi.", None),
 ("All 200 passengers on board were evacuated safely.", None),
 ("Covid deaths fell to their lowest level in a year.", None),
 ("The death toll climbed 15 percent from a year earlier.", None),
 ("Ten fishermen remain missing after the storm.", None),
 ("A Mexican court freed the suspect.", None),
 ("An Italian restaurant was damaged by the blast.", None),
 ("Two Indonesians were rescued from the rubble.", None),
 ("The Colombian army captured 12 guerrillas.", None),
 ("A Pakistani general said the army would respond.", None),
 ("Five crew members were rescued and two are missing.", None),
]

# A third list, written for issue 14's fifth toll pass before its rules (again no fold's misses):
# 7 of its 30 tolls were missed before that pass ("claimed N people" twice, "the number of
# Ukrainian and foreign volunteers killed", "succumbed to their injuries", and the three below),
# 3 after: "The dead included four children and a pregnant woman" (a list after "the dead
# included"), "killed the district governor and three of his guards" (a member with "the" and no
# count) and "bringing the week's toll to 112" (a period's total taken as the update).
P3 = [
 ("The floods claimed more than 200 people in Pakistan's Sindh province.", 200),
 ("The air strikes claimed 14 civilians, among them five children, activists said.", 14),
 ("Monsoon rains have claimed at least 56 lives across Nepal.", 56),
 ("The number of Ukrainian and foreign volunteers killed in the battle has risen to 31, officials said.", 31),
 ("The number of civilians killed in Saturday's shelling of the city has risen to 19.", 19),
 ("Gunmen killed at least 20 people including 11 children in the village.", 20),
 ("The blast killed 35 people including seven police officers.", 35),
 ("Seventeen people were found dead in a truck near the border.", 17),
 ("Twelve people succumbed to their injuries overnight, the hospital said.", 12),
 ("The bodies of 21 migrants were recovered from the sea.", 21),
 ("The dead included four children and a pregnant woman.", 5),
 ("Four soldiers lost their lives in the ambush.", 4),
 ("Nine people perished when the ferry caught fire.", 9),
 ("The death toll stands at 87, according to the civil protection agency.", 87),
 ("Authorities confirmed 48 deaths in the province.", 48),
 ("Officials reported 13 deaths after the storm.", 13),
 ("The attack killed 12 soldiers and eight civilians, the army said.", 20),
 ("Six civilians and four policemen were killed in the bombing.", 10),
 ("Militants killed the district governor and three of his guards.", 4),
 ("At least 30 people were killed on Monday, bringing the week's toll to 112.", 30),
 ("Shelling killed 9 people in Horlivka on Saturday, local officials said.", 9),
 ("The clashes left at least 25 dead and dozens wounded.", 25),
 ("The militants executed 15 prisoners, the monitor said.", 15),
 ("Three Turkish soldiers were martyred in the attack, the ministry said.", 3),
 ("A drone strike killed a senior commander and five of his bodyguards.", 6),
 ("Police said 14 people were killed and 40 injured when a bomb exploded at a market.", 14),
 ("The tsunami killed 230,000 people in 14 countries.", 230000),
 ("The earthquake killed thousands of people in Haiti.", 2000),
 ("Thousands were killed in the quake, officials said.", 2000),
 ("The 2015 earthquake in Nepal killed nearly 9,000 people.", 9000),
 # non-deaths
 ("The group claimed responsibility for the attack that wounded 12.", None),
 ("Militants claimed 30 villages in the offensive.", None),
 ("The party claimed 120 seats in parliament.", None),
 ("Rebels claimed 15 soldiers had defected.", None),
 ("The number of refugees has risen to 300,000.", None),
 ("The city has 11 children's hospitals.", None),
 ("Police detained 40 people including 11 children.", None),
 ("The airline claimed 300 passengers had been rebooked.", None),
]


# A fourth list, written for QA9's first finding (never from a fold's misses): an article about
# the study's conflict that quotes another war's total for comparison. Each entry: the text, the
# study's conflict (--conflict-name) and each stated toll's scope (a war total of the conflict
# "cumulative", another war's "other"). Before the scope rule knew the conflict, 12 of the 14 were
# misscoped: the first 11 read another war's total as the conflict's, the last a second counter's
# total as "other".
P4 = [
 ("The war in neighbouring Iraq has killed more than 100,000 civilians since 2003.", "Syria", {100000: "other"}),
 ("The Yemen war has killed an estimated 377,000 people, according to the UN.", "Syria", {377000: "other"}),
 ("The conflict in Yemen has killed more than 10,000 people, the United Nations says.", "Syria", {10000: "other"}),
 ("The Syrian war has killed more than 500,000 people, the Syrian Observatory says.", "Ukraine", {500000: "other"}),
 ("Afghanistan's war has killed more than 170,000 people since 2001, researchers at Brown University estimate.",
  "Syria", {170000: "other"}),
 ("Sudan's civil war has killed at least 15,000 people, according to the UN, while Ukraine's losses mount.",
  "Gaza", {15000: "other"}),
 ("Fighting in Tigray has killed tens of thousands, and the Ethiopian conflict has claimed an estimated 600,000 lives.",
  "Ukraine", {600000: "other"}),
 ("The Libyan conflict has killed thousands of people since 2011, a UN envoy told the council.", "Syria",
  {2000: "other"}),
 ("The civil war in Lebanon claimed some 150,000 lives between 1975 and 1990.", "Syria", {150000: "other"}),
 ("More than 10,000 civilians have been killed in Ukraine since the invasion, the UN said. "
  "The Syrian war has killed more than 300,000 civilians.", "Ukraine", {10000: "cumulative", 300000: "other"}),
 ("More than 250,000 people have been killed in Syria's civil war since 2011. "
  "The Iraq war killed nearly half a million.", "Syria", {250000: "cumulative", 500000: "other"}),
 # the conflict's own total, named or not, stays cumulative
 ("Russia's war in Ukraine has killed more than 10,000 civilians, the UN says.", "Ukraine", {10000: "cumulative"}),
 ("The war has killed more than 400,000 people, the worst toll in the region since World War II.", "Syria",
  {400000: "cumulative"}),
 ("The UN said more than 250,000 people have been killed in Syria's war since 2011. "
  "The Observatory said more than 270,000 people had been killed.", "Syria", {250000: "cumulative", 270000: "cumulative"}),
]


def misscoped(text: str, conflict: str, want: dict) -> str | None:
    """The scopes the rules give instead, or None when every stated toll has its scope."""
    got = {c["value"]: c["scope"] for c in tolls.extract_tolls(text, conflict_name=conflict)}
    return None if all(got.get(v) == sc for v, sc in want.items()) else f"scopes {got}, want {want}"


def misread(text: str, want: float | None) -> str | None:
    """What the rules read instead, or None when they read the sentence right."""
    claims = tolls.extract_tolls(text)
    head = [c["value"] for c in claims if c["is_headline"]]
    if want is None:
        return None if not claims else f"claims {[c['value'] for c in claims]}"
    if head == [want] or (not head and want in [c["value"] for c in claims if c["scope"] != "incident"]):
        return None
    return f"headline {head or None}, claims {[(c['value'], c['scope']) for c in claims]}"


def main() -> int:
    for name, probes in (("first list", P), ("second list", P2), ("third list", P3)):
        miss = {True: 0, False: 0}
        for text, want in probes:
            got = misread(text, want)
            if got:
                miss[want is None] += 1
                print(f"MISREAD (want {want}): {text}\n    {got}")
        n_neg = sum(w is None for _, w in probes)
        print(f"{name}: {len(probes) - n_neg} sentences with a toll: {miss[False]} missed; "
              f"{n_neg} without one: {miss[True]} given a false toll")
    wrong = 0
    for text, conflict, want in P4:
        got = misscoped(text, conflict, want)
        if got:
            wrong += 1
            print(f"MISSCOPED (conflict {conflict}): {text}\n    {got}")
    print(f"fourth list (another war's total in an article, by conflict): {len(P4)} texts: {wrong} misscoped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
