"""Incident reports rasid must code, one behaviour per test.

Every sentence was written for this test in the style of wire reports (no corpus
text). Each names a construction that tells a new, codable incident although a
background rule could take it for something else: a line of a chronology with its
own old day; a past verb with a side or a bomb told without day or place; and, as controls, the reminders those rules must keep leaving alone.
"""
from __future__ import annotations

from datetime import date, timedelta

import rasid
from conftest import PUB, coded, violent


def test_a_chronology_line_reports_its_event_on_its_own_day():
    [e] = violent("ـ 14 مارس (آذار) 2021: مقتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة درعا.")
    assert e.event_date == date(2021, 3, 14)


def test_a_chronology_line_may_name_its_country_before_the_day():
    [e] = violent("* سوريا 14 مارس (آذار) 2021 مقتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درعا.")
    assert e.event_date == date(2021, 3, 14)


def test_an_old_day_after_a_preposition_is_still_a_reminder():
    assert violent("وفي 14 مارس (آذار) 2021 قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درعا.") == []


def test_a_car_bomb_that_blew_up_a_bus_is_an_incident_without_day_or_place():
    [e] = violent("وقالت وكالة الأنباء الرسمية إن سيارة مفخخة فجرت حافلة تقل جنودا من الجيش.")
    assert e.event_type == "Explosions/Remote violence"


def test_a_suicide_bomber_who_blew_himself_up_is_an_incident():
    [e] = violent("وأفاد مسؤول بأن انتحاريا فجر نفسه قرب مدخل مبنى حكومي.")
    assert e.sub_event_type == "Suicide bomb"


def test_a_present_verb_without_day_or_place_stays_background():
    assert violent("وقال الوزير إن القوات الحكومية تستهدف المسلحين دون توقف.") == []


def test_a_masdar_spelt_like_a_past_verb_stays_background():
    assert violent("وناقش الرجلان امكانية خطف رجال أعمال أجانب.") == []


def test_fighting_with_its_own_day_and_dead_is_a_battle_without_named_sides():
    [e] = violent("وأفادت مصادر محلية بمقتل 12 مسلحا في اشتباكات عنيفة أمس.")
    assert e.event_type == "Battles"


def test_fighting_without_a_day_of_its_own_stays_context():
    assert violent("وأفادت مصادر محلية بمقتل 12 مسلحا في اشتباكات عنيفة.") == []


def test_a_connective_ending_in_a_demonstrative_does_not_make_a_verb_refer_back():
    [e] = violent("إلى ذلك قتلت القوات العراقية ستة مسلحين في مدينة الموصل.")
    assert e.event_type == "Battles"


def test_a_demonstrative_before_an_event_noun_still_refers_back():
    assert violent("وأدانت الحكومة هذا الهجوم على مركز الشرطة في مدينة الموصل.") == []


def test_in_the_time_that_is_while_not_a_relative_clause():
    [e] = violent("وعقدت الحكومة اجتماعا طارئا في الوقت الذي أطلق فيه مسلحون صواريخ على مدينة سديروت.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_relative_clause_on_people_still_refers_back():
    assert violent("وقال الجيش إن المسلحين الذين أطلقوا صواريخ على مدينة سديروت فروا إلى غزة.") == []


def test_a_killing_verb_with_an_object_pronoun_is_a_killing():
    [e] = violent("وخلال مرورهم بالسيارة أصاب صاروخ إسرائيلي سيارتهم وقتلهم جميعا.")
    assert e.event_type == "Explosions/Remote violence"


def test_an_attempt_someone_was_exposed_to_is_reported_across_an_apposition():
    [e] = violent("تعرضت وزيرة الصحة، زوجة نائب الرئيس، لمحاولة اغتيال في ولاية الوحدة بجنوب السودان.")
    assert e.event_type == "Violence against civilians"


def test_a_present_exposure_is_a_habit():
    assert violent("ويتعرض اللاجئون في العراق لعمليات اختطاف وتعذيب في مدينة بغداد.") == []


def test_ambushes_in_the_plural_are_an_attack():
    """"كمائن" is the plural of "كمين": "نصبت القوات كمائن لرتل" reports an attack as
    "كميناً" does."""
    [e] = violent("وقال الجيش إن قواته نفذت فجر اليوم كمائن لرتل من مسلحي حركة الشباب قرب مدينة كسمايو.")
    assert e.event_type == "Battles"
    assert e.event_date == PUB


def test_an_event_noun_followed_by_a_verb_of_taking_place_reports():
    # SV order: "الانفجار الأول وقع قرب مدرسة" tells the blast and where it happened
    [e] = violent("وقال شهود إن الانفجار الأول وقع قرب مدرسة للبنات في حي الكرادة ببغداد.")
    assert e.event_type == "Explosions/Remote violence"


def test_a_verb_of_taking_place_in_the_plural_after_counted_attacks_reports():
    got = violent("وأفاد سكان بأن ثلاثة من الهجمات وقعت في أسواق مدينة بعقوبة.")
    assert len(got) == 1


def test_a_pluperfect_telling_still_tells_a_new_incident():
    # "وكان شهود قد ذكروا أن ...": the saying is in the past perfect, the attack is told
    [e] = violent("وكان شهود قد ذكروا أن هجوما بقذائف الهاون استهدف مدرسة في مدينة صنعاء.")
    assert e.event_type == "Explosions/Remote violence"


def test_shooting_seen_going_on_is_reported():
    # "شاهد مسلحين يطلقون النار": a present verb after a verb of seeing tells what was seen
    assert len(violent("وقال أحد السكان إنه شاهد مسلحين يطلقون النار على حافلة للركاب في مدينة الرمادي.")) == 1


def test_shooting_told_in_the_present_without_a_witness_is_a_habit():
    # control: the present tense alone, with no day, tells a habit
    assert violent("وقال أحد السكان إن مسلحين يطلقون النار على الحافلات في مدينة الرمادي.") == []


def test_victims_counted_in_a_toll_make_the_blast_a_report():
    # "إصابة 4 جنود إسرائيليين في انفجار": the soldiers are the blast's counted victims,
    # although the toll sits next to the strikes told first
    got = violent("وتواصل الطائرات الحربية الإسرائيلية شن غاراتها على مدينة رفح ردا على إصابة 4 جنود "
                  "إسرائيليين في انفجار على الحدود مع القطاع.")
    assert [e.sub_event_type for e in got] == ["Remote explosive/landmine/IED"]


def test_gunfire_rounds_fired_at_people_are_an_attack():
    # "أعيرة نارية" (rounds of gunfire) is the object of أطلق like الرصاص
    assert violent("وأطلق مسلحون مجهولون عدة أعيرة نارية على سيارة مدير البلدية في مدينة الرمادي أمس.")


def test_wounded_by_a_gunshot_at_a_place_is_reported():
    assert violent("وأصيب شرطي بعيار ناري في حي السلام بمدينة الرمادي أمس.")


def test_holding_hostages_is_an_abduction_not_an_arrest():
    events = rasid.extract("واحتجز مسلحون 20 رهينة داخل مصرف في مدينة الموصل أمس.", published=PUB).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians",
                                                                    "Abduction/forced disappearance")]


def test_a_truce_before_a_verb_trigger_is_no_list_of_kinds_of_violence():
    # "رفضت ... وقف إطلاق النار واحتجزت": the truce noun and the verb joined by و are no
    # list of kinds of violence ("من قتل وذبح وخطف"), the verb tells the act
    assert violent("ورفضت الجماعة المسلحة الالتزام بوقف إطلاق النار واحتجزت 30 رهينة من الأجانب في فندق بمدينة الموصل أمس.")


def test_people_counted_by_nationality_are_the_victims_of_a_past_verb():
    # "اختطف ثمانية سوريين": a number and a nisba plural are people, the verb's victims,
    # so the past verb narrates an incident without a day or place of its own
    assert [e.event_type for e in violent("واختطف ثمانية سوريين على الطريق الدولي.")] == ["Violence against civilians"]


def test_an_attack_with_its_place_and_toll_is_an_incident_without_named_sides():
    # the attackers are unidentified, not absent: "أصيب ضابط إثر إطلاق نار ... في الزرقاء"
    assert violent("وأصيب ضابط بجروح خطرة إثر إطلاق نار على سيارته في مدينة الزرقاء.")


def test_launching_the_definite_attack_is_a_report_of_it():
    # "شنوا الهجوم على": the verb launches the attack; the definite noun alone would
    # point back at one told before
    assert violent("وقال البيان إن المتمردين شنوا الهجوم على حاجز للجيش بسيارة مفخخة.")


def test_after_wounds_far_from_their_verb_ithr_tells_a_cause_not_a_back_reference():
    # "أصيب ... بجروح خطرة ... إثر إطلاق نار": بجروح is a casualty word too, so إثر
    # introduces the cause of the wounds, not an event told before
    assert violent("كما أصيب مدير مكتب رئيس بلدية مدينة الخليل في الضفة الغربية بجروح خطرة في ساقيه "
                   "إثر إطلاق نار على سيارته.")


def test_a_toll_after_a_verb_of_leading_to_with_li_is_the_result():
    # "مما أدى لمقتل": after أدى the لـ brings the outcome, not a purpose ("لقتل المدنيين")
    [e] = violent("انفجرت عبوة ناسفة أمس الثلاثاء بدورية للجيش في مدينة العريش مما أدى لمقتل جنديين.")
    assert e.fatalities == 2


def test_a_clash_told_again_with_unnamed_gunmen_is_the_same_clash():
    """The second sentence's "مسلحين" name no group: the same fight at the same place on
    the same day, whose toll it adds, not a second clash with an unidentified group."""
    [e] = violent("اندلعت اشتباكات عنيفة بين حرس الحدود السعودي ومسلحين حوثيين في مدينة نجران صباح اليوم. "
                  "وأضاف المصدر أن الاشتباكات في مدينة نجران أسفرت عن مقتل ثلاثة مسلحين.")
    assert e.actor2.startswith("Military Forces of Yemen") and e.fatalities == 3


def test_fighting_that_resumed_on_a_day_of_its_own_is_a_second_event():
    # "، وتجددت صباح اليوم": the clashes just told, again on another day (its subject elided)
    events = violent("اندلعت اشتباكات مساء أمس الثلاثاء بين الجيش السوداني وقوات الدعم السريع في مدينة "
                     "الأبيض، وتجددت صباح اليوم الأربعاء.")
    assert sorted(str(e.event_date) for e in events) == ["2023-05-09", "2023-05-10"]


def test_a_dual_of_armed_groups_after_bayna_is_both_sides_of_the_clash():
    # "بين مجموعتين مسلحتين": two groups of one kind, each a side
    [e] = violent("اندلعت اشتباكات أمس الثلاثاء بين مجموعتين مسلحتين في مدينة مصراتة، ما أسفر عن مقتل "
                  "ثلاثة مسلحين.")
    assert e.actor1 == e.actor2 == "Unidentified Armed Group (Libya)", (e.actor1, e.actor2)


def test_a_headline_fight_by_unnamed_clan_fighters_is_the_fight_its_body_names():
    # "مقاتلو العشائر يصدون هجوما" (no place or day of its own) is the clash the body tells
    # between the Macawisley and the Shabaab, not a second clash
    events = violent('مقاتلو العشائر يصدون هجوما قرب جوهر\nاندلعت اشتباكات أمس الثلاثاء بين مقاتلي العشائر '
                     'المعروفين باسم "معاويسلي" ومسلحي حركة الشباب قرب مدينة جوهر، ما أسفر عن مقتل أربعة مسلحين.')
    assert [(e.actor1, e.actor2) for e in events] == [("Macawisley Militia", "Al Shabaab")]


def test_barrel_bombs_dropped_from_helicopters_are_an_air_strike():
    [e] = violent("وقالت مصادر في المعارضة إن مروحيات حكومية أسقطت براميل متفجرة على بلدة بصر الحرير في ريف درعا أمس.")
    assert e.sub_event_type == "Air/drone strike"


def test_a_woman_assassinated_is_told_by_the_feminine_passive():
    [e] = violent("والأحد الماضي، اغتيلت الناشطة الحقوقية ليلى منصور في سيارتها وسط مدينة الموصل.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_one_assassinated_whom_no_armed_side_names_is_a_civilian():
    [e] = violent("والأحد الماضي، اغتيلت الناشطة الحقوقية ليلى منصور في سيارتها وسط مدينة الموصل.")
    assert e.actor2.startswith("Civilians")


def test_an_assassinated_officer_is_no_civilian():
    [e] = violent("واغتال مسلحون مجهولون أمس ضابطا في الجيش العراقي وسط مدينة الموصل.")
    assert not e.actor2.startswith("Civilians")


def test_deaths_told_before_their_cause_belong_to_the_cause_not_to_the_occasion():
    # the raid named first is only the occasion; the dead fell in the air strike named after them
    evs = violent("وفي أعقاب عملية الدهم، لقي 12 مسلحا مصرعهم في قصف جوي قرب بلدة الشيخ زويد أمس.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Air/drone strike", 12)]


def test_a_killing_whose_cause_follows_bada_an_with_its_doer_is_news():
    [e] = violent("وقتل 14 مسلحا في ولاية قندوز بعد أن شن الجيش غارة جوية على مواقعهم مساء السبت.")
    assert (e.sub_event_type, e.fatalities) == ("Air/drone strike", 14)


def test_a_recalled_attack_with_no_doer_after_bada_stays_a_reference():
    # "بعد محاولته الهجوم": the attack is the occasion of the killing, no second incident
    evs = violent("وقتلت الشرطة شابا في مدينة الخليل أمس بعد محاولته الهجوم بسكين على حاجز.")
    assert len(evs) <= 1


def test_a_weapon_told_after_an_aside_is_how_the_act_was_done():
    # one aside set off by two commas between the verb and "بـ" + weapon: one incident
    evs = violent("واغتيل الصحفي سامر خليل، مراسل إحدى القنوات المحلية، بإطلاق نار في مدينة البصرة أمس.")
    assert len(evs) == 1


def test_blowing_oneself_up_told_as_a_masdar_is_a_suicide_bomb():
    [e] = violent("وحاول الانتحاري دخول القاعة أمس فمنعه الحراس فقام بتفجير نفسه عند بوابة المبنى في مدينة الموصل.")
    assert e.sub_event_type == "Suicide bomb"


def test_a_bomber_named_between_the_verb_and_nafsahu_is_a_suicide_bomb():
    [e] = violent("وطاردت قوات الأمن أمس مشتبهين اثنين في مدينة الموصل لساعات، وفجر أحدهما نفسه قرب حاجز للجيش.")
    assert e.sub_event_type == "Suicide bomb"


def test_a_count_of_wounded_after_the_dead_adds_no_deaths():
    evs = violent("وأفادت مصادر طبية أمس أن الاشتباكات في مدينة سرت أوقعت 25 قتيلا، وأكثر من ثمانين جريحا.")
    assert [e.fatalities for e in evs] == [25]


def test_a_second_count_of_dead_joined_by_wa_still_adds():
    evs = violent("وأفادت مصادر طبية أمس بمقتل ثمانية من عناصر الجيش وخمسة من المسلحين في اشتباكات قرب مدينة سرت.")
    assert [e.fatalities for e in evs] == [13]


def test_a_day_told_after_lakin_dates_the_event_of_its_own_clause():
    evs = violent("وأعلنت هدنة في مدينة سرت مساء الخميس، لكن سقوط القذائف على المدينة استمر الجمعة.")
    assert [e.event_date.weekday() for e in evs] == [4]  # Friday, not Thursday


def test_a_verb_after_baynama_with_its_own_subject_is_not_done_by_the_subject_before():
    evs = violent("ودخل مقاتلو القبائل المعسكر صباح الأحد، بينما قصفت طائرات التحالف مواقع للحوثيين في مدينة مأرب.")
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert [e.actor1 for e in strikes] == ["Saudi-led Coalition: Operation Restoring Hope"]


def test_a_verb_after_baynama_without_a_subject_of_its_own_keeps_the_one_before():
    evs = violent("وحلقت طائرات التحالف فوق مدينة مأرب صباح الأحد بينما قصفت مواقع للحوثيين قرب المدينة.")
    assert [e.actor1 for e in evs] == ["Saudi-led Coalition: Operation Restoring Hope"]


def test_a_claim_names_the_bomber_of_the_bombing_just_told_before_any_fight():
    evs = violent("قتل أربعة أشخاص أمس في هجوم انتحاري استهدف مقرا للشرطة في مدينة الرمادي. "
                  "وتبنى تنظيم داعش الهجوم. وقالت الشرطة إن عناصرها قتلوا مسلحا من داعش قرب المقر.")
    bombs = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert [e.actor1 for e in bombs] == ["IS: Islamic State"]


def test_the_defenders_killing_the_bombers_is_the_suicide_attack_not_a_second_fight():
    # the police's telling ("أحبطت هجوما ... تصفية الإرهابيين") of the bombing just reported
    evs = violent("قتل أربعة أشخاص في هجوم انتحاري استهدف مقر الشرطة في مدينة الرمادي صباح اليوم. وقالت الشرطة "
                  "في بيان إن قوات الأمن أحبطت هجوما على المقر، وتم تصفية الإرهابيين على الفور.")
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"]


def test_gunmen_storming_a_building_where_one_blows_himself_up_are_one_suicide_attack():
    evs = violent("اقتحم مسلحان مبنى البلدية في مدينة كركوك اليوم وأطلقا النار على الحراس، ثم نفذ أحدهما "
                  "تفجيرا انتحاريا داخل المبنى.")
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"]


def test_a_fight_elsewhere_with_both_sides_named_stays_beside_a_suicide_attack():
    evs = violent("قتل أربعة أشخاص في هجوم انتحاري استهدف مقر الشرطة في مدينة الرمادي صباح اليوم. وفي مدينة "
                  "الموصل، اندلعت اشتباكات بين الجيش ومسلحين من تنظيم داعش.")
    assert sorted(e.sub_event_type for e in evs) == ["Armed clash", "Suicide bomb"]


def test_qad_before_a_past_verb_that_begins_with_ta_reports():
    # "قد تصدت": a past verb of the forms that begin with ت; after قد it is "had", not "may"
    [e] = violent("وكانت قوات الجيش قد تصدت أمس لهجوم شنه مسلحون على قرية الشيخ مسكين.")
    assert e.event_type == "Battles"


def test_qad_before_a_past_verb_whose_root_begins_with_nun_reports():
    assert len(violent("وكانت مجموعة مسلحة قد نفذت أمس هجوما على حاجز للجيش في بلدة الشيخ مسكين.")) == 1


def test_qad_before_a_present_verb_that_begins_with_ta_is_still_may():
    assert violent("وقال الطبيب أمس إن الغارات قد تقتل عشرات المدنيين في بلدة الشيخ مسكين.") == []


def test_a_days_toll_compared_with_the_days_since_a_start_is_told():
    # "في أحد أكثر الأيام دموية منذ بدء العملية": one of the deadliest days, not a tally
    assert len(violent("وأعلن الجيش أمس مقتل 9 من جنوده في هجوم على موقع في بلدة راجو، "
                       "في أحد أكثر الأيام دموية منذ بدء العملية العسكرية في المنطقة.")) == 1


def test_a_killing_that_raises_a_running_total_is_told():
    # "، ليرتفع عدد من قتلوا منذ بدء ... إلى": the total is the tally, the killing is news
    assert len(violent("وقتلت القوات الحكومية أمس شابا قرب الحاجز في بلدة راجو، ليرتفع عدد من قتلوا "
                       "منذ بدء الاحتجاجات في المنطقة إلى 40 شخصا.")) == 1


def test_the_attackers_killed_as_the_attack_was_foiled_are_part_of_that_attack():
    # "تم تصفية الإرهابيين": the attackers told of died in the attack, no fight of their own
    got = violent("قتل أربعة أشخاص أمس في هجوم انتحاري استهدف مقر الشرطة في مدينة المكلا. "
                  "وقالت الشرطة في بيان إن قوات الأمن أحبطت هجوما كبيرا على المقر. "
                  "وأضافت أنه تم تصفية الإرهابيين قبل وصولهم إلى البوابة.")
    assert not any(e.event_type == "Battles" and "Police" in e.actor1 for e in got), \
        [(e.event_type, e.actor1, e.actor2) for e in got]


def test_some_of_the_attackers_killed_in_a_later_raid_are_a_fight_of_their_own():
    # near miss: "قتل عدد من الإرهابيين" counts some of them, in an operation of its own
    got = violent("قتل شرطي أمس في هجوم استهدف حافلة للشرطة في مدينة المكلا. "
                  "وإثر الهجوم أطلقت قوات الأمن عملية في مدينة الشحر تمكنت فيها من قتل عدد من الإرهابيين.")
    assert any(e.event_type == "Battles" and "Police" in e.actor1 for e in got), \
        [(e.event_type, e.actor1, e.actor2) for e in got]


def test_a_toll_the_strike_led_to_in_the_next_sentence_is_the_strikes_dead():
    # the toll is told with a back-reference to the strike: one air strike with 12 dead, no battle
    [e] = violent("شن طيران التحالف غارة جوية على تجمع للحوثيين في مديرية حيس أمس. "
                  "وأسفرت الغارة الجوية عن مقتل 12 مسلحاً حوثياً.")
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Explosions/Remote violence", "Air/drone strike", 12)


def test_a_toll_told_before_the_strike_that_caused_it_is_the_strikes_dead():
    # "مقتل 23 ... وتدمير عجلتين بقصف": the destruction between them does not part the toll from its cause
    [e] = violent("أعلنت وزارة الدفاع العراقية أمس عن مقتل 23 عنصراً من تنظيم داعش وتدمير عجلتين "
                  "بقصف لطيران التحالف الدولي في قضاء بيجي.")
    assert (e.event_type, e.fatalities) == ("Explosions/Remote violence", 23)
    assert e.actor1.startswith("Global Coalition")


def test_a_toll_told_with_a_fight_stays_the_fights_beside_a_strike_of_that_day():
    coded = violent("أحبطت القوات المشتركة أمس محاولة تسلل للحوثيين غربي التحيتا، حيث قتل 35 حوثيا. "
                    "وشنت مقاتلات التحالف غارات على مواقع الحوثيين في التحيتا أمس.")
    assert sorted((e.event_type, e.fatalities) for e in coded) == [
        ("Battles", 35), ("Explosions/Remote violence", 0)]


def test_a_strike_told_after_a_fronted_before_clause_is_reported():
    # "وقبل أن يبدأ الاجتماع ...،": the clause of "قبل أن" ends at the comma; the strike
    # after it is the sentence's main clause, not an event recalled by "قبل"
    [e] = violent("وقبل أن يبدأ الاجتماع في أنقرة، قصفت طائرات حربية تركية قرية في ريف حلب صباح اليوم.")
    assert e.sub_event_type == "Air/drone strike"


def test_a_killing_inside_an_after_clause_with_a_day_between_commas_is_still_recalled():
    # near miss: "بعد أن" inside the sentence; the commas around the day stay in its clause
    assert violent("ويأتي ذلك بعد أن أعلن الجيش التركي، أمس، مقتل ثلاثة من جنوده في ريف حلب.") == []


def test_an_unattributed_targeting_in_a_story_of_strikes_is_another_strike():
    """A toll told with no doer ("جراء استهداف مقر") in a story that tells one author's
    strikes on its victims that day, and no fight, is another of those strikes."""
    events = violent("أفاد المرصد أمس بمقتل 30 من عناصر داعش جراء غارات لطائرات التحالف الدولي على مواقع "
                     "للتنظيم في ريف الرقة. وأشار إلى مقتل 8 منهم جراء استهداف مقر للتنظيم في مدينة البوكمال.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Air/drone strike", "Global Coalition Against Daesh", 30),
        ("Air/drone strike", "Global Coalition Against Daesh", 8)]


def test_a_toll_in_a_fight_told_beside_strikes_stays_a_battle():
    events = violent("أفاد المرصد أمس بمقتل 30 من عناصر داعش جراء غارات لطائرات التحالف الدولي على مواقع "
                     "للتنظيم في ريف الرقة. وأشار إلى مقتل 8 منهم في اشتباكات مع قوات سوريا الديمقراطية "
                     "قرب مدينة البوكمال.")
    assert [e.event_type for e in events] == ["Explosions/Remote violence", "Battles"]


def test_the_dead_before_a_cause_word_are_not_the_attackers():
    """"مقتل 4 جنود ... إثر هجوم": what a cause word (جراء، إثر، بسبب) follows suffered the
    attack; the soldiers are its target, not its doer."""
    [e] = violent("أكدت الحكومة أمس مقتل 4 جنود من الجيش الصومالي إثر هجوم على قاعدة قرب مدينة جمامي.")
    assert "Somalia" in e.actor2 and "Somalia" not in e.actor1


def test_a_destruction_told_beside_a_strike_toll_is_the_strike_s_damage():
    """"أسفرت الغارة عن مقتل ثلاثة عناصر من داعش وتدمير مقر": the destruction joined to the
    toll by و is the same strike's other outcome, no property destruction of its own (and
    the name before وتدمير ends the toll's phrase, it does not destroy anything)."""
    evs = violent("وقال المتحدث إن غارة جوية أمس في مدينة هيت أسفرت عن مقتل ثلاثة عناصر من داعش "
                  "وتدمير مقر لعناصره.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    assert coded("وقال المتحدث إن غارة جوية أمس في مدينة هيت أسفرت عن مقتل ثلاثة عناصر من داعش "
                 "وتدمير مقر لعناصره.", {"Strategic developments"}) == []


def test_a_destruction_by_others_after_a_comma_stays_its_own_event():
    evs = coded("أعلن الجيش أمس مقتل 12 عنصرا من داعش، وتدمير المسلحين منازل المدنيين في قرية قرب هيت.",
                {"Strategic developments"})
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


def test_a_lead_with_no_day_and_the_body_telling_it_with_its_day_are_one_event():
    # the lead gives no day (the publication day stands in); the body tells the same attack
    # on Monday: one event, on the day told
    evs = violent("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب مدينة بعقوبة. وقالت الشرطة "
                  "إن مسلحين هاجموا الحاجز قرب بعقوبة مساء الاثنين وقتلوا ثلاثة جنود.")
    assert [(e.sub_event_type, e.event_date) for e in evs] == [("Armed clash", PUB - timedelta(days=2))]


def test_two_attacks_each_told_with_its_own_day_stay_two():
    evs = violent("هاجم مسلحون حاجزا للجيش قرب مدينة بعقوبة الاثنين وقتلوا ثلاثة جنود. وهاجم مسلحون "
                  "الحاجز نفسه قرب بعقوبة مساء الثلاثاء وقتلوا جنديين.")
    assert sorted(e.event_date for e in evs) == [PUB - timedelta(days=2), PUB - timedelta(days=1)]


def test_an_undated_attack_and_a_like_one_weeks_before_stay_two():
    evs = violent("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب مدينة بعقوبة. وكان مسلحون "
                  "قد هاجموا الحاجز قرب بعقوبة في 20 أبريل وقتلوا ثلاثة جنود.")
    assert len(evs) == 2


def test_a_takeover_a_side_failed_at_is_the_attack_not_a_takeover():
    # "أخفق ... في السيطرة": no territory changed hands; the attempt was a fight (ACLED)
    evs = violent("وأخفقت قوات الجيش أمس في السيطرة على بلدة العيس بريف حلب الجنوبي بعد معارك مع المسلحين.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_takeover_won_after_fighting_is_still_the_takeover():
    # near miss: the same sentence without the failure verb
    evs = violent("وسيطرت قوات الجيش أمس على بلدة العيس بريف حلب الجنوبي بعد معارك مع المسلحين.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]


def test_a_missile_attack_claimed_then_its_dead_counted_is_one_missile_attack():
    """"أعلن الجيش مسؤوليته عن هجوم صاروخي ... وقال إنه قتل ثمانية مسلحين": the killing the
    striker tells next, with no fight of its own, is the strike's toll, not a battle."""
    [e] = violent("أعلن الجيش التركي مسؤوليته عن هجوم صاروخي على مقاتلين أكراد في شمال العراق السبت. "
                  "وقال الجيش إنه قتل ثمانية مسلحين.")
    assert (e.sub_event_type, e.fatalities) == ("Shelling/artillery/missile attack", 8)


def test_a_killing_by_another_side_is_not_taken_by_a_claimed_strike():
    """The near miss: a toll another side inflicted stays its own event."""
    events = violent("أعلن الجيش التركي مسؤوليته عن هجوم صاروخي على مقاتلين أكراد في شمال العراق السبت. "
                     "وقال مسؤول كردي إن مسلحي الحزب قتلوا ثلاثة جنود أتراك في اشتباك قرب مدينة دهوك.")
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"], events


def test_the_attack_verb_after_a_strike_s_object_names_its_target():
    """"شن الجيش، مساء الخميس، هجوما صاروخيا استهدف مواقع": the verb right after the
    object of شن describes the strike (a day set off by commas between), no new event."""
    [e] = violent("شن الجيش الإسرائيلي، مساء الخميس، هجوما صاروخيا استهدف مواقع للقوات السورية قرب مدينة القنيطرة.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert "Israel" in e.actor1 and "Syria" in e.actor2


def test_dozens_martyred_by_air_strikes_are_victims_not_a_mob():
    """"استشهد وجرح عشرات الأشخاص جراء غارات": the count after a killing verb counts its
    dead; it is no crowd doing violence."""
    events = rasid.extract("استشهد وجرح عشرات الأشخاص جراء غارات جوية على مدينة معرة النعمان اليوم.",
                           published=PUB).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], events


def test_dozens_of_youths_attacking_refugees_are_still_a_mob():
    """The near miss: a crowd that attacks is mob violence."""
    events = rasid.extract("هاجم عشرات الشبان لاجئين سوريين في مدينة بيروت اليوم.", published=PUB).events
    assert [e.sub_event_type for e in events] == ["Mob violence"], events
