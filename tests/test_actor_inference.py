"""Sides inferred from how Arabic news names them: a country as the subject of a strike,
and "any attack" as no attack at all."""
from __future__ import annotations

import rasid


def test_country_as_subject_of_a_strike_is_its_air_force():
    r = rasid.extract("قال مسؤولون طبيون إن إسرائيل شنت غارة جوية على معسكر تدريب في مدينة خان يونس جنوب قطاع غزة اليوم.",
                      published="2015-08-08")
    assert r.events and "military forces of israel" in r.events[0].actor1.lower()
    assert any(name == "actor1" for name, _ in r.events[0].field_spans)


def test_any_attack_is_not_an_attack():
    r = rasid.extract("وحمّل الجيش الإسرائيلي حركة حماس مسؤولية أي هجوم ينطلق من قطاع غزة اليوم.",
                      published="2015-08-08")
    assert not r.events


def _sides(text, published="2023-05-10"):
    return [(e.event_type, e.actor1, e.actor2) for e in rasid.extract(text, published=published).events]


def test_fighters_described_by_their_creed_are_an_islamist_militia():
    sides = _sides("اندلعت أمس الثلاثاء اشتباكات في مدينة بنغازي بين قوات الحكومة ومقاتلين إسلاميين.")
    assert any("Islamist Militia (Libya)" in (a1 + a2) for _, a1, a2 in sides), sides


def test_the_separatist_terrorist_organisation_of_turkish_statements_is_the_pkk():
    sides = _sides("وقال الجيش التركي إن جنديين قتلا أمس الثلاثاء خلال مواجهة مع عناصر المنظمة الإرهابية الانفصالية "
                   "في ولاية شرناق جنوب شرقي تركيا.")
    assert any("PKK" in (a1 + a2) for _, a1, a2 in sides), sides


def test_the_workers_party_is_the_pkk_only_where_the_pkk_fights():
    sides = _sides("وهاجم مسلحون أمس الثلاثاء مقر حزب العمال في مدينة مانشستر البريطانية.")
    assert sides and not any("PKK" in (a1 + a2) for _, a1, a2 in sides), sides


def test_the_one_an_attack_is_attributed_to_is_its_perpetrator():
    sides = _sides("وأعلنت وزارة الدفاع التركية أمس الثلاثاء مقتل جندي في هجوم نسبته إلى حزب العمال الكردستاني "
                   "في ولاية هكاري.")
    assert any(t == "Battles" and "PKK" in a1 and "Turkey" in a2 for t, a1, a2 in sides), sides


def test_whoever_uses_destroyed_positions_is_their_owner_not_the_destroyer():
    sides = _sides("ونفذت مقاتلات تركية أمس الثلاثاء ضربات جوية في جبال قنديل شمالي العراق، "
                   "دمرت مواقع يستخدمها حزب العمال الكردستاني.")
    assert sides and not any("PKK" in a1 for _, a1, _a2 in sides), sides


def test_a_response_to_an_attack_comes_from_the_side_it_hit():
    sides = _sides("وأعلن الجيش التركي أمس الثلاثاء مقتل جندي في هجوم نسبه إلى حزب العمال الكردستاني في ولاية "
                   "هكاري، وتم الرد عليه بضربات جوية.")
    strikes = [(a1, a2) for t, a1, a2 in sides if t == "Explosions/Remote violence"]
    assert strikes and all("Turkey" in a1 for a1, _ in strikes), sides


def test_the_owner_of_what_was_destroyed_did_not_destroy_it():
    sides = _sides("وقال شهود إن ثلاث سيارات تعود لقادة في حركة حماس دمرت أمس الثلاثاء في مدينة غزة.")
    assert not any("Hamas" in a1 for _, a1, _a2 in sides), sides


def test_a_destruction_told_with_its_explosion_is_that_explosion_and_names_whose_property_it_hit():
    sides = _sides("وقال شهود إن ثلاث سيارات تعود لقادة في حركة حماس دمرت أمس الثلاثاء في انفجار عبوات ناسفة "
                   "في مدينة غزة.")
    assert [t for t, _, _ in sides] == ["Explosions/Remote violence"], sides
    assert "Hamas" in sides[0][2]


def test_who_fired_the_fatal_shot_later_in_the_clause_is_the_perpetrator():
    sides = _sides("وقال المتحدث باسم وزارة الصحة إن طفلا استشهد أمس الثلاثاء جراء إصابته بعيار ناري في الرأس "
                   "أطلقه عليه جنود الاحتلال شرق خان يونس.")
    assert any("Military Forces of Israel" in a1 and "Civilians" in a2 for _, a1, a2 in sides), sides


def test_an_attack_attributed_in_the_passive_was_done_by_the_one_named():
    sides = _sides("قتل 32 شخصا أمس الثلاثاء في هجوم انتحاري نسب إلى تنظيم داعش في مدينة سوروج جنوب تركيا.")
    assert any("Islamic State" in a1 and "Civilians" in a2 for _, a1, a2 in sides), sides


def test_a_generic_phrase_running_into_a_national_army_name_is_that_army():
    # "وحدات من الجيش" + "العراقي": the phrase's last word and the nisba are the name
    # "الجيش العراقي" itself, not a generic army placed in Iraq
    r = rasid.extract("اشتبكت وحدات من الجيش العراقي أمس مع مسلحين قرب مدينة تكريت.", published="2023-05-10")
    ids = [m.entity_id for m in r.mentions if m.kind == "actor" and "العراقي" in m.span.text]
    assert ids == ["iraq_military"], ids


def test_a_generic_noun_and_the_name_it_goes_by_are_one_side():
    # "مقاتلي العشائر المعروفين باسم "معاويسلي"": the clan fighters are the Macawisley,
    # and the Shabaab after و the other side
    r = rasid.extract('اندلعت اشتباكات أمس الثلاثاء بين مقاتلي العشائر المعروفين باسم "معاويسلي" ومسلحي '
                      'حركة الشباب قرب مدينة جوهر.', published="2023-05-10")
    assert [(e.actor1, e.actor2) for e in r.events] == [("Macawisley Militia", "Al Shabaab")]


def test_two_policemen_killed_are_the_side_that_was_hit():
    assert _sides("قتل شرطيان في هجوم مسلح على حاجز أمني في مدينة العريش أمس.") == [
        ("Battles", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)")]


def test_two_soldiers_killed_are_their_army():
    assert _sides("قتل جنديان في هجوم مسلح على حاجز للجيش في مدينة العريش أمس.") == [
        ("Battles", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt (2014-)")]


def test_armed_men_of_the_opposition_in_the_construct_state_are_the_opposition():
    sides = _sides("هاجم مسلحو المعارضة حاجزا لقوات النظام في ريف إدلب أمس.")
    assert sides and sides[0][1] == "Opposition Rebels (Syria)", sides


def test_a_force_that_killed_counted_nationals_is_the_perpetrator():
    assert _sides("قتل الجيش التركي ثلاثة عراقيين في قرية بمحافظة دهوك أمس.") == [
        ("Violence against civilians", "Military Forces of Turkey (2016-)", "Civilians (Iraq)")]


def test_nationals_counted_in_the_singular_after_eleven_are_civilians():
    assert _sides("قتل نحو 60 فلسطينيا برصاص الجيش الإسرائيلي أمس في خان يونس.") == [
        ("Violence against civilians", "Military Forces of Israel (2022-)", "Civilians (Palestine)")]


def test_people_arrested_are_civilians_of_their_nationality():
    [e] = rasid.extract("اعتقل الجيش الإسرائيلي 21 فلسطينيا في مدينة الخليل أمس.", published="2018-08-14").events
    assert e.actor2 == "Civilians (Palestine)"


def test_fire_of_a_nationality_names_that_states_forces():
    assert _sides("وقتل 16 فلسطينيا بنيران إسرائيلية قرب الحدود الشرقية لقطاع غزة أمس.", published="2018-03-31") == [
        ("Violence against civilians", "Military Forces of Israel (2009-2021)", "Civilians (Palestine)")]


def test_a_dual_of_gunmen_after_a_verb_of_attacking_is_its_subject():
    # nominative -ان: "اقتحم مسلحان" is "two gunmen stormed", not "two gunmen were stormed"
    sides = _sides("اقتحم مسلحان أمس الثلاثاء مقر البلدية في مدينة الموصل واحتجزا موظفين.")
    assert sides and "Unidentified Armed Group (Iraq)" == sides[0][1], sides


def test_a_plural_of_soldiers_in_the_nominative_after_a_verb_of_attacking_is_its_subject():
    sides = _sides("هاجم عسكريون أمس الثلاثاء مقر إذاعة محلية في مدينة طبرق.")
    assert sides and "Military Forces of Libya" in sides[0][1], sides


def test_a_dual_of_gunmen_after_a_verb_of_killing_is_still_the_dead():
    # near miss: "قُتل مسلحان" is a passive, written the same way
    sides = _sides("قتل مسلحان أمس الثلاثاء بغارة جوية قرب مدينة سامراء.")
    assert sides and all("Unidentified Armed Group" not in a1 for _, a1, _ in sides), sides
    assert any("Unidentified Armed Group" in a2 for _, _, a2 in sides), sides


def test_gunmen_in_the_object_case_after_a_verb_of_attacking_are_its_object():
    # near miss: "-ين" is the object: the army attacked the gunmen
    sides = _sides("هاجم الجيش العراقي مسلحين أمس الثلاثاء قرب مدينة تكريت.")
    assert sides and "Military Forces of Iraq" in sides[0][1], sides


def test_a_claim_names_the_perpetrator_of_the_bombing_just_told_not_of_a_later_attack():
    sides = _sides("قتل ستة أشخاص أمس الثلاثاء في تفجير انتحاري استهدف مقر الشرطة في مدينة المكلا.\n"
                   "وتبنى تنظيم الدولة الإسلامية الهجوم.\n"
                   "وتبنى التنظيم هجمات أخرى وقعت في المكلا واستهدفت القوات الحكومية.")
    bombs = [s for s in sides if s[0] == "Explosions/Remote violence"]
    assert bombs and bombs[0][1] == "IS: Islamic State", sides


def test_a_claim_with_no_bombing_before_it_names_no_earlier_event():
    # near miss: the claim is told first, the bombing after it names its own author
    sides = _sides("وتبنى تنظيم الدولة الإسلامية الهجوم.\n"
                   "وقتل جنود من الجيش أمس الثلاثاء ستة مسلحين من حركة الشباب في مدينة كسمايو.")
    assert not any(a1 == "IS: Islamic State" and "Civilians" in a2 for _, a1, a2 in sides), sides


def test_foreign_craft_opening_a_reported_clause_are_the_subject_not_the_speaker():
    sides = _sides("قالت وزارة الدفاع الروسية أمس إن مقاتلتين إسرائيليتين اعترضتا طائرة نقل عسكرية روسية "
                   "فوق البحر المتوسط.")
    assert sides and "Military Forces of Israel" in sides[0][1], sides


def test_a_single_foreign_fighter_jet_opening_a_reported_clause_is_the_subject():
    sides = _sides("قالت وزارة الدفاع الأميركية أمس إن مقاتلة روسية اعترضت طائرة استطلاع أميركية فوق البحر الأسود.")
    assert sides and "Military Forces of Russia" in sides[0][1], sides
    assert "United States" in sides[0][2], sides


def test_a_craft_with_no_nationality_in_a_reported_clause_is_the_speakers_own():
    # near miss: no nationality named, the ministry speaks of its own fighter
    sides = _sides("قالت وزارة الدفاع الروسية أمس إن مقاتلة اعترضت طائرة استطلاع أميركية فوق البحر الأسود.")
    assert sides and "Military Forces of Russia" in sides[0][1], sides


def test_a_force_named_in_the_next_reported_clause_is_not_the_bomber():
    # "، وإن X ...": another reported clause, with its own subject
    sides = _sides("قال شهود إن رجلا فجر نفسه أمس الثلاثاء في سوق مدينة الباب، وإن الشرطة التركية طوقت المكان.")
    bombs = [s for s in sides if s[0] == "Explosions/Remote violence"]
    assert bombs and not bombs[0][1], sides


def test_a_force_that_speaks_after_a_comma_is_not_the_object_of_the_attack_before():
    sides = _sides("قال شهود إن مسلحين هاجموا أمس الثلاثاء حاجزا في مدينة الباب، وقال الجيش التركي إنه أرسل تعزيزات.")
    assert sides and sides[0][1].startswith("Unidentified Armed Group"), sides
    assert "Turkey" not in sides[0][2], sides


def test_a_force_named_after_the_verb_in_its_own_clause_is_still_its_object():
    # near miss: no comma and no new clause, the force is what the bomber struck
    sides = _sides("قال شهود إن رجلا فجر نفسه أمس الثلاثاء في سوق مدينة الباب أمام عناصر من الشرطة التركية.")
    assert sides and "Police Forces of Turkey" in sides[0][2], sides


def test_a_party_announcing_the_assassination_of_a_civilian_did_not_kill_him():
    # "أعلنت الحركة اغتيال الناشط": its news of the death, not a claim of it
    sides = _sides("أعلنت حركة الجهاد الإسلامي الأحد اغتيال الطبيب والناشط سامر خليل يوسف في مدينة إسطنبول.")
    assert sides and not any("Islamic Jihad" in a1 for _, a1, _a2 in sides), sides


def test_a_party_announcing_a_killing_with_a_claim_word_is_the_killer():
    # near miss: "مسؤوليتها عن" claims the deed
    sides = _sides("أعلنت حركة الجهاد الإسلامي الأحد مسؤوليتها عن اغتيال الطبيب سامر خليل يوسف في مدينة إسطنبول.")
    assert any("Islamic Jihad" in a1 for _, a1, _a2 in sides), sides


def test_an_army_announcing_the_death_of_armed_enemies_killed_them():
    # near miss: armed dead of another side are still the announcer's deed
    sides = _sides("أعلن الجيش العراقي الأحد مقتل تسعة مسلحين في اشتباكات قرب مدينة بيجي.")
    assert any("Military Forces of Iraq" in a1 for _, a1, _a2 in sides), sides


def test_a_ministry_announcing_its_states_soldiers_killed_in_an_attack_is_not_the_attacker():
    sides = _sides("أعلنت وزارة الداخلية الأربعاء مقتل أربعة جنود في هجوم على كمين أمني في مدينة الشيخ زويد بشمال سيناء.")
    assert sides and not any("Police" in a1 for _, a1, _a2 in sides), sides
    assert any("Military Forces of Egypt" in a2 for _, _a1, a2 in sides), sides


def test_an_army_announcing_the_death_of_a_rival_authoritys_commander_killed_him():
    # near miss: the Houthis' forces are state forces of Yemen too, but not the army's own
    sides = _sides("أعلن الجيش الوطني اليمني الأحد مقتل القيادي الحوثي ناصر علي عبده بمديرية صرواح غرب مأرب.")
    assert any(a1.startswith("Military Forces of Yemen") and "Houthi" not in a1 and "Houthi" in a2 for _, a1, a2 in sides), sides


def test_forces_known_by_a_name_after_a_possessive_are_the_named_group():
    # "سيطرة قواته المعروفة باسم X": the pronoun's owner is unknown, the name tells whose
    sides = _sides('أعلن القائد العسكري عبد الرحمن منصور السبت سيطرة قواته المعروفة باسم "الجيش الوطني الليبي" '
                   "على مدينة سرت بالكامل.")
    assert any(t == "Battles" and a1.startswith("LNA") for t, a1, _a2 in sides), sides


def test_a_force_joined_to_the_subject_after_the_verb_shares_the_takeover():
    # "استعادت قوات X وعناصر Y قاعدة": Y is X's partner, not the side that lost the base
    sides = _sides("استعادت قوات الجيش السوري وعناصر الدفاع الوطني بلدة خان شيخون في ريف إدلب أمس الأحد.")
    assert sides and "National Defense Forces" not in sides[0][2], sides


def test_two_sides_joined_after_a_verb_of_fighting_are_still_both_sides():
    # near miss: "اشتبك X وY" names the two sides of the fight
    sides = _sides("اشتبك الجيش السوري وعناصر الدفاع الوطني في بلدة خان شيخون في ريف إدلب أمس الأحد.")
    assert any("National Defense Forces" in a1 + a2 for _, a1, a2 in sides), sides


def test_a_group_after_the_owner_of_what_was_hit_is_not_the_attackers_partner():
    # near miss: "المواقع التابعة للنظام والميليشيات": both own what was struck
    sides = _sides("وقصفت طائرات إسرائيلية أمس الأحد المواقع العسكرية التابعة للجيش السوري والميليشيات الإيرانية "
                   "قرب مدينة الكسوة.")
    assert any("Israel" in a1 for _, a1, _a2 in sides), sides


def test_resistance_fighters_in_yemen_are_the_popular_resistance():
    sides = _sides("اشتبك عناصر المقاومة مع مسلحي الحوثي في مدينة تعز أمس الأحد.", published="2015-08-10")
    assert any("Popular Resistance (Yemen)" in a1 + a2 for _, a1, a2 in sides), sides


def test_resistance_fighters_in_palestine_are_the_palestinian_factions():
    sides = _sides("اشتبك عناصر المقاومة مع قوات الاحتلال الإسرائيلي في مخيم بلاطة قرب نابلس أمس الأحد.")
    assert any("Palestinian Armed Factions" in a1 + a2 for _, a1, a2 in sides), sides


def test_a_movement_described_anew_by_its_allegiance_is_not_the_movement_told_before():
    # "قوات X وهي قوات الحركة الانفصالية المؤيدة للتحالف": a description of X, not the
    # Houthi movement named earlier
    sides = _sides("وقاتلت حركة الحوثيين في المدينة طوال أشهر. وقال سكان إن قوات المقاومة الشعبية وهي قوات "
                   "الحركة الجنوبية المؤيدة للتحالف استولت أمس على حي المنصورة في شمال عدن.", published="2015-08-10")
    takeovers = [a1 for t, a1, _a2 in sides if t == "Battles"]
    assert takeovers and all("Popular Resistance" in a1 for a1 in takeovers), sides


def test_a_movement_with_an_adjective_only_is_the_movement_told_before():
    # near miss: "الحركة الانفصالية الكردية" with no allegiance word points back
    sides = _sides("ويقاتل حزب العمال الكردستاني الجيش التركي منذ عقود. وتبنت الحركة الانفصالية الكردية أمس "
                   "قتل شرطيين في مدينة جيلان بينار.")
    assert any("PKK" in a1 for _, a1, _a2 in sides), sides


def test_the_force_that_foiled_an_attack_was_its_target():
    # "أحبطت قوات الأمن هجوما": the attack was on them, they did not carry it out
    sides = _sides("قال مصدر أمني إن قوات الشرطة أحبطت هجوما على مقر المحافظة في مدينة الموصل أمس الأحد.")
    assert sides and not any("Police" in a1 for _, a1, _a2 in sides), sides


def test_the_force_that_launched_an_attack_carried_it_out():
    # near miss: "شنت قوات الشرطة هجوما": a verb of doing, the force is the attacker
    sides = _sides("قال مصدر أمني إن قوات الشرطة شنت هجوما على مخبأ للمسلحين في مدينة الموصل أمس الأحد.")
    assert any("Police" in a1 for _, a1, _a2 in sides), sides


def test_aircraft_that_foiled_an_attack_being_prepared_struck_its_planners():
    # near miss: no "على X" after the attack, it was only prepared; the foiling was a strike
    sides = _sides("أفشلت طائرات التحالف العربي أمس هجوما كانت ميليشيات الحوثي تحضر له قرب مدينة عدن، "
                   "مما أدى إلى مقتل 20 حوثيا.", published="2015-08-01")
    assert any("Coalition" in a1 for _, a1, _a2 in sides), sides


# a masdar after a word that governs a noun only (cues.yaml masdar_heads)

def test_the_bombing_after_jarraa_is_the_doer_s_not_the_dead_s():
    sides = _sides("أفادت مصادر محلية بمقتل 14 عنصرا من حركة الشباب جراء قصف طائرات أميركية مواقع الحركة "
                   "في بلدة جلب أمس الثلاثاء.")
    assert sides and all("United States" in a1 and "Shabaab" in a2 for _, a1, a2 in sides), sides


def test_a_past_verb_spelling_after_a_noun_is_still_a_verb_with_its_subject():
    sides = _sides("وقصف الجيش التركي أمس الثلاثاء مواقع لحزب العمال الكردستاني في جبال قنديل شمالي العراق.")
    assert sides and "Turkey" in sides[0][1] and "PKK" in sides[0][2], sides


def test_the_dead_before_a_cause_word_did_not_carry_out_the_cause():
    sides = _sides("وأشار المرصد إلى مقتل 9 من عناصر حركة الشباب جراء استهداف مقر لهم في بلدة جلب أمس الثلاثاء.")
    assert not any("Shabaab" in a1 for _, a1, _ in sides), sides


def test_a_force_counted_after_the_killing_masdar_did_the_killing():
    # (the count after the genitive is the masdar's object, so the genitive is its doer)
    sides = _sides("وكشفت منظمة حقوقية أمس الثلاثاء عن قتل الجيش 8 مدنيين في قرية الفاشر.")
    assert sides and "Military Forces of Sudan" in sides[0][1], sides


# a country that opens the reported clause is its subject, not the source before it

def test_the_country_after_inna_struck_not_the_military_source_that_reports_it():
    sides = _sides("وقال مصدر عسكري سوري أمس الثلاثاء إن تركيا شنت الضربة الجوية على قرية في ريف حلب الشمالي.")
    assert sides and "Turkey" in sides[0][1], sides


def test_a_country_after_a_preposition_is_not_the_subject_of_the_verb():
    sides = _sides("وقالت إسرائيل أمس الثلاثاء إن قوات إيرانية في سوريا أطلقت صواريخ نحو مرتفعات الجولان.")
    assert sides and "Syria" not in sides[0][1], sides


def test_a_country_joined_to_a_force_by_wa_is_not_the_subject():
    sides = _sides("وقال مصدر محلي أمس الثلاثاء إن قوات النظام وروسيا استهدفت بلدة كفرنبل بالصواريخ.")
    assert sides and "Russia" not in sides[0][1], sides


# the genitive of a killing masdar is its victim

def test_a_nationality_after_the_killing_noun_is_the_victim_not_the_killer():
    sides = _sides("أعلنت وزارة الصحة مقتل أردني وإصابة 6 آخرين في غارات على بلدة الرمثا أمس الثلاثاء.")
    assert not any("Jordan" in a1 for _, a1, _ in sides), sides


def test_a_nationality_on_the_strike_still_names_the_striker():
    sides = _sides("أعلنت وزارة الصحة مقتل شاب وإصابة 6 آخرين في غارات إسرائيلية على بلدة بيت لاهيا أمس الثلاثاء.")
    assert sides and "Israel" in sides[0][1], sides


# two forces joined by و after a strike noun both struck

def test_a_force_joined_to_the_striker_shares_the_strike_and_is_not_its_target():
    sides = _sides("وقتل 12 مدنيا أمس الثلاثاء في قصف لقوات النظام والطيران الروسي على بلدة كفرنبل في ريف إدلب.")
    assert sides and "Syria" in sides[0][1] and "Civilians" in sides[0][2], sides


def test_an_actor_past_fima_is_not_what_the_strike_noun_hit():
    sides = _sides("قتل 17 مدنيا أمس الثلاثاء في قصف عشوائي لحركة الشباب على أحياء سكنية في مدينة بيدوا، "
                   "فيما أحكمت قوات الجيش الصومالي سيطرتها على بلدة قريبة.")
    assert any("Shabaab" in a1 and "Civilians" in a2 for _, a1, a2 in sides), sides


def test_the_militias_loyal_to_iran_are_the_houthis_in_yemen():
    sides = _sides("وقصفت مقاتلات التحالف العربي أمس الثلاثاء مواقع للمليشيات الموالية لإيران في مديرية حيس "
                   "جنوب الحديدة.")
    assert any("Houthi" in a2 for _, a1, a2 in sides), sides


def test_the_militias_loyal_to_iran_stay_a_pro_iran_militia_outside_yemen():
    sides = _sides("وقصفت الطائرات الإسرائيلية أمس الثلاثاء مواقع للميليشيات الموالية لإيران قرب مطار دمشق.")
    assert any(a2 == "Militia (Pro-Iran)" for _, a1, a2 in sides), sides


def test_the_houthi_gangs_of_saudi_statements_are_the_houthis():
    sides = _sides("وأكدت المصادر أن القوات السعودية قتلت أمس الثلاثاء 12 من العصابات الحوثية في منطقة الخوبة "
                   "بجازان.")
    assert any("Houthi" in a2 for _, a1, a2 in sides), sides


def test_the_force_named_after_min_janib_did_the_shelling_told_as_a_noun():
    sides = _sides("وتعرضت بلدة اللطامنة أمس الثلاثاء لقصف صاروخي من جانب قوات النظام السوري.")
    assert any(a1.startswith("Military Forces of Syria") for _, a1, a2 in sides), sides


def test_the_force_named_after_min_taraf_fired_the_fatal_shot():
    sides = _sides("وقتل أمس الثلاثاء شاب برصاص من طرف عناصر الشرطة في مدينة الحسيمة.")
    assert any(a1.startswith("Police Forces of Morocco") for _, a1, a2 in sides), sides


def test_a_patrol_past_the_roadside_was_hit_not_the_bomber():
    sides = _sides("وأصيب أمس الثلاثاء جنديان في انفجار عبوة على جانب الطريق قرب دورية للجيش في بعقوبة.")
    assert sides and not any(a1.startswith("Military Forces of Iraq") for _, a1, a2 in sides), sides


def test_who_carried_out_the_bombing_in_a_relative_clause_is_its_perpetrator():
    sides = _sides("وقتل 40 شخصا أمس الثلاثاء في التفجير الذي نفذه تنظيم داعش في سوق مدينة الخالص.")
    assert any(a1 == "IS: Islamic State" for _, a1, a2 in sides), sides
    assert not any(a2 == "IS: Islamic State" for _, a1, a2 in sides), sides


def test_strikes_a_force_carries_out_in_a_relative_clause_are_its_own():
    sides = _sides("وقتل 9 مدنيين أمس الثلاثاء في القصف الذي تشنه قوات النظام السوري على بلدة كفرنبودة.")
    assert any(a1.startswith("Military Forces of Syria") for _, a1, a2 in sides), sides


def test_who_a_strike_targeted_in_a_relative_clause_stays_its_target():
    sides = _sides("وقتل 4 مسلحين أمس الثلاثاء في الغارة التي استهدفت عناصر حركة الشباب قرب مدينة جلب.")
    assert any(a2 == "Al Shabaab" for _, a1, a2 in sides), sides
    assert not any(a1 == "Al Shabaab" for _, a1, a2 in sides), sides
