"""Violence words that report no incident, one behaviour per test.

Every sentence was written for this test in the style of wire reports (no corpus
text). Each names the construction that keeps a killing, bombing or abduction word
from being coded as a new event: people accused of, or taking part in, an attack told
before; an event named by "جريمة/قصة/سيناريو"; a noun that is the object of a
non-factual event noun; a result in the future; and, as controls, the plain reports
those rules must leave alone.
"""
from __future__ import annotations

from datetime import timedelta

import rasid
from conftest import PUB, VIOLENT, coded, violent


def test_people_who_took_part_in_an_attack_are_not_a_new_attack():
    assert violent("وقالت الشرطة أمس إنها تحتجز 12 شابا شاركوا في الهجوم على مركز الشرطة في مدينة كركوك يوم الاثنين.") == []


def test_an_accusation_of_killing_is_not_a_report_of_the_killing():
    assert violent("ورد الجيش أمس على اتهامات وجهتها المعارضة لقواته بقتل ثلاثة مزارعين أمس في ريف حماة.") == []


def test_someone_involved_in_an_abduction_is_not_an_abduction():
    assert violent("وذكرت الصحيفة أمس أن الضابط كان متورطا في خطف صحافي فرنسي في بيروت أمس.") == []


def test_confessions_about_a_bombing_are_not_a_bombing():
    assert violent("وبث التلفزيون الرسمي أمس اعترافات خمسة أشخاص حول تنفيذ تفجير بسيارة مفخخة في مدينة حمص أمس الأول.") == []


def test_the_crime_of_an_assassination_names_it_without_reporting_it():
    assert violent("وأجلت الحكومة جلستها أمس بسبب جريمة اغتيال النائب في بيروت أمس الأول.") == []


def test_a_story_of_an_abduction_names_it_without_reporting_it():
    assert violent("وقال المحامي أمس إن قصة خطف الطبيب في القاهرة تكشف ضعف الأجهزة الأمنية.") == []


def test_stopping_the_rocket_fire_is_no_rocket_fire():
    assert violent("ونقل الوسيط أمس عرضا يقضي بوقف إطلاق الصواريخ على البلدات الحدودية مقابل فتح المعابر.") == []


def test_the_object_of_a_failed_attempt_shares_its_status():
    assert violent("وأدان المجلس أمس المحاولات الفاشلة لتفجير سيارات مفخخة في وسط المدينة.") == []


def test_a_death_a_plan_will_cause_is_no_death():
    assert violent("وقال الوزير أمس إن العملية البرية في غزة ستؤدي إلى مقتل العشرات من الجنود.") == []


def test_an_attack_reported_with_its_participants_still_counts():
    [e] = violent("هاجم مسلحون مجهولون أمس حاجزا للشرطة في مدينة بعقوبة وقتلوا ثلاثة من عناصره.")
    assert e.event_type in VIOLENT


def test_strikes_a_government_will_allow_are_not_strikes():
    assert violent("وقال المتحدث أمس إن الحكومة ستسمح بتنفيذ ضربات جوية على مواقع المسلحين في إقليم وزيرستان.") == []


def test_an_attempt_to_launch_an_attack_is_no_attack():
    assert violent("واعتقلت الشرطة أمس عشرة أشخاص في مدينة لاهور لعلاقتهم بمحاولة شن هجوم انتحاري على مقر الشرطة.") == []


def test_a_sharp_attack_in_words_is_figurative():
    assert violent("وشن رئيس الحزب أمس هجوما لاذعا على قادة الجيش في بيروت.") == []


def test_stealing_the_limelight_is_no_abduction():
    assert violent("وقال النائب أمس إن الحزب خطف الأضواء في بيروت بعد الانتخابات.") == []


def test_a_state_exploding_its_own_bomb_is_a_weapons_test():
    assert violent("وقال خبراء أمس إن كوريا الشمالية فجرت قنبلتها الذرية في موقع قرب الحدود.") == []


def test_a_nuclear_explosion_is_a_weapons_test():
    assert violent("وأجرت الهند أمس تفجيرا نوويا في صحراء راجستان.") == []


def test_a_killing_years_ago_is_historical():
    assert violent("واغتالت القوات الإسرائيلية القائد في غزة قبل ثلاثة أعوام.") == []


def test_strikes_told_with_in_the_past_are_historical():
    # "في السابق" after the verb: strikes recalled, none reported on this day
    assert violent("وشنت الطائرات التركية في السابق غارات على مواقع للمسلحين في شمال العراق.") == []


def test_a_killing_hours_before_something_else_is_still_news():
    [e] = violent("قتل مسلحون مجهولون أمس ثلاثة أشخاص قبل أن يفروا من قرية قرب بعقوبة.")
    assert e.sub_event_type == "Attack"


def test_people_sentenced_to_death_were_not_killed():
    assert violent("وأوضح المصدر أمس أن عشرة من قادة المسلحين يوجدون ضمن المدانين بالإعدام في بغداد.") == []


def test_a_false_alarm_of_car_bombs_is_no_bombing():
    assert violent("وتلقت الشرطة في الجزائر العاصمة أمس إنذارات كاذبة بوجود سيارات مفخخة قرب السفارة.") == []


def test_a_relative_clause_after_wa_describes_a_person():
    assert violent("وقال المحامي أمس إن الرجل، والذي اغتالته القوات الإسرائيلية في غزة، كان مريضا.") == []


def test_a_death_sentence_carried_out_is_not_a_sentence_passed():
    passed = rasid.extract("وأيدت المحكمة أمس أحكام الإعدام بحق أربعة رجال في بغداد.", published=PUB)
    carried = rasid.extract("ونفذ مسلحو التنظيم أمس حكم الإعدام بحق أربعة رجال قرب حلب.", published=PUB)
    assert "sentenced" in {m.value for m in passed.auxiliary}
    assert "sentenced" not in {m.value for m in carried.auxiliary}


def test_an_article_about_an_assassination_is_no_assassination():
    assert violent("وكتب الصحافي أمس مقالا حول اغتيال النائب في بيروت أمس الأول.") == []


def test_anger_at_an_assassination_is_no_assassination():
    assert violent("وأبدى سكان المدينة أمس غضبهم تجاه عملية الاغتيال في بيروت.") == []


def test_documents_on_an_assassination_are_no_assassination():
    assert violent("ونشرت السلطات أمس الوثائق المتعلقة باغتيال الرئيس السابق في العاصمة.") == []


def test_the_present_passive_tells_what_happens_not_what_happened():
    assert violent("وقال التقرير أمس إن العراق بلد يتم فيه اغتيال الصحافيين في وضح النهار.") == []


def test_a_remembered_abduction_is_no_news():
    assert violent("ويتذكر السائق أمس خطف المسلحين لزميله على طريق بغداد.") == []


def test_carrying_on_with_rocket_fire_is_a_campaign():
    assert violent("وحذر رئيس الوزراء أمس الفصائل في قطاع غزة من الاستمرار في إطلاق الصواريخ على البلدات الحدودية.") == []


def test_the_nth_attack_after_a_demonstrative_is_the_one_told():
    assert violent("وهذا رابع تفجير بسيارة مفخخة في مدينة قندهار أمس.") == []


def test_people_killed_in_the_nth_attack_are_news():
    [e] = violent("قتل 11 شخصا أمس في ثاني هجوم انتحاري في كابل خلال أسبوع.")
    assert e.sub_event_type == "Suicide bomb"


def test_standing_in_the_face_of_militias_is_no_clash():
    assert violent("وقال قائد الجيش أمس إن القوات تقف في مواجهة الميليشيات في بيروت.") == []


def test_a_confrontation_with_gunmen_is_a_clash():
    [e] = violent("قتل جنديان أمس في مواجهة مع مسلحين قرب مدينة الرمادي.")
    assert e.event_type == "Battles"


def test_the_present_passive_after_an_is_one_event_not_a_habit():
    def modes(text):
        return {m.value for m in rasid.extract(text, published=PUB).auxiliary}
    assert "habitual" in modes("وقال التقرير أمس إن العراق بلد يتم فيه خطف الصحافيين في وضح النهار.")
    assert "habitual" not in modes("وأوقف مسلحون أمس سيارة صحافي في الموصل قبل أن يتم اختطاف الصحافي.")


def test_what_is_believed_to_have_happened_is_speculation():
    assert violent("وقال المتحدث أمس إن من المعتقد أن المسلحين أصيبوا أثناء ضربة جوية قرب الحدود الأفغانية.") == []


def test_the_answer_of_a_conditional_is_hypothetical():
    assert violent("وقال الخبير أمس إنه لو كانت واشنطن تبحث عن حجة لخوض حرب مع طهران "
                   "لكانت حادثة خطف البحارة في الخليج أمس حجة جيدة.") == []


def test_what_we_cannot_think_of_doing_is_no_killing():
    assert violent("وقال المتحدث باسم الحركة أمس: لا يمكننا أن نفكر في قتل المدنيين في كابل.") == []


def test_stopping_rocket_fire_is_no_rocket_fire():
    assert violent("ووافقت الفصائل أمس على التوقف عن إطلاق الصواريخ على البلدات الحدودية في جنوب إسرائيل.") == []


def test_backing_down_from_attacks_is_no_attack():
    assert violent("وقال الوسيط أمس إن الحركة وافقت على التراجع عن استهداف الدوريات الإسرائيلية في غزة.") == []


def test_the_option_of_air_strikes_is_no_strike():
    assert violent("وقال مسؤولون أمس إن خيار الضربات الجوية على مواقع المسلحين في وزيرستان ما زال قائما.") == []


def test_those_blamed_for_bombings_are_not_a_bombing():
    assert violent("وقالت الشرطة أمس إن المتشددين الذين ألقي باللوم عليهم في تفجيرات في مدن مختلفة هربوا.") == []


def test_the_bombing_a_relative_clause_places_victims_in_is_already_known():
    assert violent("واتصل رئيس الحكومة أمس بأهالي الجنود الذين سقطوا في تفجير طرابلس.") == []


def test_violence_nouns_joined_in_a_list_name_kinds_of_violence():
    assert violent("وأكد أن ما يجري في ريف إدلب من قتل وخطف لا يمكن السكوت عنه.") == []


def test_a_list_with_its_own_day_still_reports():
    assert violent("وخطف مسلحون أمس ثلاثة مهندسين وقتلوا سائقهم في ريف إدلب.") != []


def test_a_word_joined_to_a_number_by_a_hyphen_names_a_weapon_model():
    assert violent("وقال قائد الحرس أمس إن قواته عرضت منظومات فجر-5 خلال عرض عسكري في مدينة بوشهر.") == []


def test_violence_told_in_the_present_without_a_day_is_a_habit():
    assert violent("وقال الوزير إن الطائرات الحربية تستهدف مواقع المسلحين في محافظة إدلب.") == []


def test_the_same_strike_told_in_the_past_is_a_report():
    [e] = violent("واستهدفت الطائرات الحربية مواقع المسلحين في محافظة إدلب.")
    assert e.sub_event_type == "Air/drone strike"


def test_deaths_in_a_natural_disaster_are_no_violence():
    assert violent("وقتل أكثر من مئة شخص في كارثة الفيضانات التي ضربت ولاية آسام الهندية.") == []


def test_deaths_in_a_road_accident_are_no_violence():
    assert violent("وقتل خمسة أشخاص بينهم طفلان في حادث سير على طريق بغداد أمس.") == []


def test_deaths_in_an_attack_are_still_violence():
    assert violent("وقتل خمسة أشخاص في هجوم على حاجز للشرطة في مدينة كركوك أمس.") != []


def test_an_attack_told_with_the_speaking_that_carries_it_is_in_words():
    assert violent("وهاجم وزير الخارجية الحكومة قائلا إنها فشلت في حماية المدنيين في مدينة حلب.") == []


def test_a_call_to_stop_targeting_reports_no_targeting():
    assert violent("ودعت حركة فتح أمس حركة حماس للتراجع عن استهداف عناصرها في مدينة نابلس.") == []


def test_an_attack_on_a_freedom_is_figurative():
    assert violent("واعتبرت الحكومة التركية أن اغتيال الصحافي اعتداء على حرية التعبير في مدينة إسطنبول.") == []


def test_reactions_to_an_assassination_refer_back_to_it():
    assert violent("وقال الكاتب أمس إن ردود فعل كثيرة وقعت على عملية الاغتيال في دمشق.") == []


def test_justifying_a_killing_is_no_killing():
    assert violent("وقال الباحث إن قادة التنظيم استخدموا الفتاوى لتبرير قتل المدنيين في مدينة الموصل.") == []


def test_a_passive_relative_clause_with_tamma_describes_people():
    assert violent("وتجند الجماعة نساء يرغبن بالانتقام لأقاربهن الذين تم قتلهم من قبل القوات العراقية في مدينة الموصل.") == []


def test_a_country_is_no_one_to_assassinate():
    assert violent("وقال النائب أمس إن ما جرى في الشمال كان اغتيال لبنان من قبل المتآمرين.") == []


def test_strikes_over_the_past_week_are_a_tally_not_one_days_event():
    """"خلال الأسبوع الماضي" at the end of the clause spans the week: a number of strikes
    on no one day. "الأسبوع الماضي" alone still dates one event (see the next test)."""
    assert violent("وشنت الطائرات التركية عددا من الغارات على معسكرات لحزب العمال الكردستاني "
                   "في محافظة دهوك خلال الأسبوع الماضي.") == []


def test_a_strike_last_week_is_still_an_event():
    """In the lead a week-old event is the news (the next test: after the lead it recalls)."""
    [e] = violent("وشنت الطائرات التركية الأسبوع الماضي غارة على معسكر لحزب العمال الكردستاني في محافظة دهوك.")
    assert e.event_type == "Explosions/Remote violence"


def test_a_takeover_last_week_told_after_the_lead_is_background():
    """The day's attack is the news; the takeover of last week told after it recalls
    what the story follows on from (`coding.recalled_week`)."""
    text = ("قتل خمسة جنود عراقيين اليوم الأربعاء في هجوم لمسلحي تنظيم داعش على حاجز للجيش في مدينة الرمادي.\n"
            "وتمكنت القوات العراقية الأسبوع الماضي من استعادة السيطرة على بلدة الرطبة من تنظيم داعش.")
    [e] = rasid.extract(text, published=PUB).events
    assert e.sub_event_type == "Armed clash" and e.location.label == "Ramadi"


def test_a_takeover_last_week_announced_in_the_lead_is_the_news():
    [e] = rasid.extract("أعلن الجيش العراقي أن قواته استعادت الأسبوع الماضي السيطرة على بلدة الرطبة من تنظيم داعش.",
                        published=PUB).events
    assert e.sub_event_type == "Government regains territory" and (PUB - e.event_date).days == 7


def test_a_verb_form_after_the_preposition_li_is_a_purpose_masdar():
    """"أسلحة كيمياوية لقتل المدنيين": قتل after لـ is the masdar "to kill", the purpose of
    the weapons, not a report of a killing."""
    assert violent("وقالت الحكومة في بيان أمس الثلاثاء إن شكوكا قوية تشير إلى استخدام الجيش أسلحة "
                   "كيمياوية لقتل المدنيين في ريف دمشق.") == []


def test_what_someone_is_accused_of_doing_is_not_a_report():
    """"اتهمت X ... Y بأنها قصفت": the bombing is the content of an accusation, however
    long the accuser's name between the verb and "بأنها"."""
    assert violent("واتهمت وزارة الدفاع في الحكومة المنافسة التي يوجد مقرها في طرابلس سلاح الجو "
                   "بأنه قصف ناقلة نفط قرب ميناء درنة.") == []


def test_a_strike_reported_with_bi_anna_is_still_a_report():
    [e] = violent("وقال الجيش بأن طائراته قصفت أمس الثلاثاء مواقع للمسلحين في مدينة درنة.")
    assert e.event_type == "Explosions/Remote violence"


def test_an_event_noun_with_only_its_victims_names_the_event():
    # no day, no perpetrator, no toll: the victims alone do not make it a report
    assert violent("وتحدث التقرير عن اغتصاب فتيات قاصرات في مخيمات النازحين بجنوب السودان.") == []


def test_an_event_noun_done_by_qama_and_a_masdar_of_doing_is_reported():
    # control: "قامت X بتنفيذ هجوم" is the verb "هاجمت", however long its subject
    got = violent("وقامت القوات المكلفة بحماية الطريق الساحلي جنوب المطار، بتنفيذ هجوم عنيف على مواقع "
                  "الحوثيين شرق مدينة الحديدة.")
    assert [e.event_type for e in got] == ["Battles"]


def test_the_day_of_a_statement_is_not_the_day_of_the_event_it_names():
    # "أمس" before "إن" dates the telling; the assassination named after it has no day
    assert violent("وقالت مصادر مطلعة للصحيفة أمس إن تقرير اللجنة خلا من أسماء المسؤولين عن عملية اغتيال "
                   "الوزير السابق.") == []


def test_a_commentary_dated_by_its_publication_names_an_abduction():
    assert violent("وقال الكاتب في مقال نشرته الصحيفة أمس إن اختطاف الرهائن كان خطأ سياسيا.") == []


def test_a_report_told_in_a_dated_statement_is_still_reported():
    # control: the clause after "إن" tells an incident with its own perpetrator and target
    got = violent("وقال مسؤول في الشرطة أمس إن هجوما بقذائف الهاون استهدف مركزا للشرطة في مدينة كركوك.")
    assert [e.event_type for e in got] == ["Explosions/Remote violence"]


def test_kana_with_a_present_verb_tells_an_aim_not_a_bombing():
    # "كانت تستهدف تفجير": what the group was aiming at, not an incident
    assert violent("وقال المحققون إن الجماعة كانت تستهدف تفجير مبنى البلدية في مدينة البصرة.") == []


def test_a_verb_after_kana_and_its_present_verb_tells_its_own_incident():
    # control: "حافلة كانت تنقل عمالا" describes the bus; "انفجرت" reports the blast
    got = violent("وأفاد شهود بأن حافلة كانت تنقل عمالا انفجرت بعبوة ناسفة في مدينة البصرة.")
    assert [e.event_type for e in got] == ["Explosions/Remote violence"]


def test_a_purpose_after_bigharad_is_not_an_abduction():
    # "بغرض/بهدف/بقصد + masdar" tells what the deed was for
    assert violent("وقال الضابط إن المجموعة دخلت البلدة أمس بغرض خطف رجال أعمال في السوق المركزي.") == []


def test_an_intention_is_not_a_killing():
    assert violent("وقال قائد الشرطة إن نية المهاجمين كانت قتل الحراس في مقر البلدية بمدينة الموصل.") == []


def test_an_event_recalled_to_liken_something_is_not_reported():
    # "كما فعل عندما ...": the shelling is the comparison, not today's news
    assert violent("وأضاف أن الجيش لن يتردد في الرد كما فعل عندما قصفت طائراته مواقع المسلحين في بلدة الجاح.") == []


def test_an_event_noun_likened_to_a_past_one_is_not_reported():
    # "معارك كما حدث في ...": the battles are a scenario, likened to a known event
    assert violent("ويرى الكاتب أن الأزمة ستنتهي بمعارك كما حدث في مدينة طرابلس بين الجيش والمسلحين.") == []


def test_a_likening_after_a_reported_strike_leaves_it_reported():
    # control: the strike is told first, with its own day; the comparison comes after it
    got = violent("وقصفت الطائرات الحربية البلدة أمس كما فعلت الأسبوع الماضي في مدينة إدلب.")
    assert [e.event_type for e in got] == ["Explosions/Remote violence"]


def test_a_case_set_off_after_a_long_subject_is_figurative():
    # VSO: "فجر [subject] قضية كبرى" sets off an affair, not a bomb
    assert violent("وفجر رئيس الاتحاد الآسيوي لكرة القدم أمس قضية كبرى بإعلانه نقل البطولة إلى بلد آخر.") == []


def test_killing_every_glimmer_of_hope_is_figurative():
    assert violent("وقتلت الحرب الطويلة كل بصيص أمل لدى سكان مدينة حلب.") == []


def test_a_crisis_that_follows_a_bombing_leaves_the_bombing_reported():
    # control: "ما أثار أزمة" is the result clause, not the object of "فجر"
    got = violent("وفجر مسلحون عبوة ناسفة بدورية للشرطة في مدينة الحلة أمس ما أثار مخاوف من أزمة أمنية.")
    assert [e.event_type for e in got] == ["Explosions/Remote violence"]


def test_ending_corruption_kills_no_one():
    # "القضاء على" an ill or a movement, not on people
    assert violent("وأعلنت القوات الحكومية أمس القضاء على الفساد في دوائر مدينة الموصل.") == []


def test_eliminating_gunmen_is_still_a_killing():
    # control: "القضاء على عشرين مسلحا" kills people
    got = violent("وأعلن الجيش أمس القضاء على عشرين مسلحا في ريف مدينة الموصل.")
    assert [e.event_type for e in got] == ["Battles"]


def test_qad_before_a_present_verb_is_a_possibility():
    # "قد يهاجمون" = they may attack
    assert violent("وأضاف أن المسلحين قد يهاجمون اليوم مواقع الجيش في بلدة بعقوبة.") == []


def test_qad_before_a_past_verb_reports():
    # control: "قد قتلوا" = they have killed
    got = violent("وقال مصدر في الشرطة إن مسلحين قد قتلوا أمس ثلاثة مدنيين في بلدة بعقوبة.")
    assert len(got) == 1


def test_a_pluperfect_incident_is_background():
    # control: "وكانت القوات قد اشتبكت": the clash itself in the past perfect
    assert violent("وكانت القوات قد اشتبكت مع المسلحين في مدينة صنعاء.") == []


def test_a_pluperfect_incident_with_a_long_subject_is_background():
    # "وكان X وY الموالية لZ قد استولوا": كان far from the "قد" before the verb
    assert violent("وكان مسلحون من جماعة الحوثي وكتائب من الحرس الجمهوري الموالية للرئيس السابق "
                   "قد استولوا على مدينة المكلا في بداية الحرب.") == []


def test_qad_before_a_past_verb_with_a_long_subject_and_no_kana_reports():
    # near miss: no كان, "قد استولوا" = they have taken
    got = violent("وقال سكان إن مسلحين من جماعة الحوثي وكتائب من الحرس الجمهوري الموالية للرئيس السابق "
                  "قد استولوا أمس على مدينة المكلا.")
    assert len(got) == 1


def test_a_definite_event_in_a_pluperfect_telling_restates_one_told():
    # "وكان مراسلنا قد أفاد بأن التفجير وقع": the bombing the article already told
    assert violent("وكان مراسلنا قد أفاد بأن التفجير وقع في سوق شعبية بمدينة صنعاء.") == []


def test_a_phenomenon_of_abduction_is_a_kind_of_violence_not_an_incident():
    assert not violent("وانتشرت ظاهرة خطف الأطفال في مدينة البصرة.")


def test_deaths_in_a_plane_crash_told_with_the_wounded_are_no_violence():
    assert violent("قتل 35 شخصا على الأقل وأصيب 20 آخرون في تحطم طائرة ركاب قرب مطار مدينة الخرطوم أمس.") == []


def test_deaths_in_a_building_collapse_are_no_violence():
    assert violent("وقتل وأصيب عشرات الأشخاص في انهيار جسر على طريق سريع في مدينة الإسكندرية أمس.") == []


def test_deaths_in_a_gas_explosion_are_no_violence():
    assert violent("قتل أربعة أشخاص في انفجار غاز داخل مطعم في مدينة طرابلس أمس.") == []


def test_a_gas_cylinder_blowing_up_is_no_bombing_and_its_toll_no_killing():
    assert violent("وقع انفجار اسطوانة غاز في منزل بحي الميدان في مدينة دمشق أمس ما أدى إلى مقتل طفلين.") == []


def test_deaths_a_flood_caused_are_no_violence():
    assert violent("ضربت سيول جارفة قرى في محافظة إب أمس وأسفرت عن مقتل 12 شخصا.") == []


def test_a_pipeline_blown_up_by_gunmen_is_still_a_bombing():
    assert violent("فجر مسلحون مجهولون أنبوب الغاز قرب مدينة العريش أمس.") != []


def test_the_toll_of_a_roadside_bomb_told_as_its_result_is_still_violence():
    [e] = violent("وقع انفجار عبوة ناسفة في سوق شعبي بمدينة بعقوبة أمس ما أدى إلى مقتل خمسة أشخاص.")
    assert e.fatalities == 5


def test_a_crash_of_an_aircraft_shot_down_is_still_violence():
    assert violent("قتل طياران في تحطم طائرة حربية أسقطها مسلحون بصاروخ في ريف حماة أمس.") != []


def test_a_collapse_caused_by_an_air_strike_is_still_violence():
    [e] = violent("قتل خمسة مدنيين في انهيار مبنى استهدفته غارة جوية في حي الشعار بمدينة حلب أمس.")
    assert e.sub_event_type == "Air/drone strike"


def test_a_crash_after_a_shooting_down_told_before_is_still_violence():
    assert violent("أسقط مسلحون مروحية عسكرية في ريف حماة أمس. وقتل عسكريان على الأقل في تحطم المروحية.") != []


def test_a_toll_since_a_day_is_a_tally_not_one_days_event():
    assert violent("وقد أدى تصاعد القتال إلى مقتل 17 مدنيا على الأقل في ريف درعا منذ يوم الثلاثاء.") == []


def test_a_toll_since_an_event_years_ago_is_a_tally():
    assert violent("وتسببت الصواريخ في مقتل 112 مدنيا من المواطنين والمقيمين منذ الانقلاب على الحكومة في اليمن.") == []


def test_a_series_so_far_is_a_tally():
    assert violent("وبلغ عدد الصواريخ التي أطلقها المسلحون باتجاه مدينة سديروت حتى الآن 190 صاروخا.") == []


def test_a_toll_after_a_fronted_since_clause_is_a_tally():
    assert violent("ومنذ بدء التظاهرات في 30 آذار الماضي، قتل 49 فلسطينيا برصاص الجيش الإسرائيلي في قطاع غزة.") == []


def test_deaths_in_a_bus_accident_told_after_the_wounded_are_no_violence():
    assert violent("قتل 17 شخصا على الأقل، وجرح 36 آخرين في شرق تركيا، في حادث حافلة صغيرة تقل مهاجرين.") == []


def test_later_tolls_in_the_story_of_an_accident_are_that_accident():
    text = ("لقي 50 شخصا على الأقل حتفهم وأصيب أكثر من 80 آخرين، بعد اصطدام شاحنتين غربي الكونغو الديمقراطية.\n"
            "وقالت الوزارة إن 20 شخصا لقوا حتفهم على الفور.")
    assert violent(text) == []


def test_a_killing_by_gunmen_in_the_story_of_an_accident_is_still_violence():
    text = ("لقي 50 شخصا على الأقل حتفهم بعد اصطدام شاحنتين غربي الكونغو الديمقراطية.\n"
            "وفي حادث منفصل قتل مسلحون شرطيا في كينشاسا أمس.")
    assert violent(text) != []


def test_deaths_when_a_helicopter_crashed_are_no_violence():
    assert violent("قتل سبعة جنود أميركيين عندما تحطمت مروحيتهم غرب العراق أمس.") == []


def test_deaths_when_a_plane_fell_on_a_training_flight_are_no_violence():
    assert violent("وقالت البحرية إن طيارين اثنين قتلا إثر سقوط طائرة حربية خلال طلعة تدريبية قبالة ساحل فلوريدا أمس.") == []


def test_deaths_when_a_shell_fell_are_still_violence():
    assert violent("قتل جنديان عندما سقطت قذيفة على موقعهما في ريف درعا أمس.") != []


def test_a_killing_someone_was_convicted_of_is_not_a_new_killing():
    assert violent("وقالت المحكمة إن الرجل أدين بقتل ثلاثة أشخاص في مدينة ميونخ.") == []


def test_a_killing_someone_was_involved_in_is_not_a_new_killing():
    assert violent("وبدأت محاكمة المتهمة التي تورطت في قتل عشرة أشخاص في ألمانيا.") == []


def test_toxic_gas_dropped_on_a_town_is_a_chemical_attack_not_a_shooting_down():
    evs = violent("قال مسعفون إن 150 شخصا على الأقل قتلوا بعدما أسقط غاز سام على مدينة دوما أمس.")
    assert [e.sub_event_type for e in evs] == ["Chemical weapon"]


def test_a_toll_since_a_date_is_a_tally():
    assert violent("وقتل 149 فلسطينيا على الأقل بنيران إسرائيلية منذ 30 آذار في قطاع غزة.") == []


def test_a_toll_since_an_announcement_is_a_tally():
    assert violent("وقتل 32 فلسطينيا وأربعة إسرائيليين منذ إعلان نقل السفارة إلى القدس.") == []


def test_a_killing_some_days_ago_is_still_an_event():
    assert violent("قتل جندي في انفجار عبوة ناسفة قرب مدينة العريش منذ ثلاثة أيام.") != []


def test_deaths_when_their_own_fighter_jet_fell_after_take_off_are_no_violence():
    assert violent("أعلنت وزارة الدفاع الروسية أمس مقتل طيارين روسيين إثر سقوط مقاتلتهما بعد إقلاعها من مطار حميميم.") == []


def test_deaths_from_scorpion_stings_thirst_and_disease_are_no_violence():
    text = ("وأشار التقرير إلى مقتل ما لا يقل عن 12 طفلا وامرأتين ورجل مسن بالقرب من الحدود الأردنية "
            "بسبب لدغ العقارب والجفاف والمرض أمس.")
    assert violent(text) == []


def test_deaths_from_hunger_under_siege_are_no_violence():
    assert violent("وتوفي سبعة أطفال أمس في بلدة مضايا المحاصرة بريف دمشق بسبب الجوع وسوء التغذية.") == []


def test_a_toll_over_ten_months_is_a_tally():
    assert violent("وأفاد المرصد بأن طائرات التحالف قتلت 2150 من عناصر التنظيم بينهم عشرات القادة خلال 10 أشهر.") == []


def test_a_toll_over_two_days_is_still_one_incident():
    assert violent("وقتل 14 مسلحا في اشتباكات مع الجيش في بلدة الحويجة خلال يومين.") != []


def test_a_toll_since_a_date_with_its_year_far_after_the_death_is_a_tally():
    text = ("ولفت إلى مقتل 1850 على الأقل من عناصر التنظيم غالبيتهم من جنسيات أجنبية، جراء الضربات الجوية "
            "على مواقع التنظيم في محافظات الرقة ودير الزور منذ 15 آب / أغسطس 2014.")
    assert violent(text) == []


def test_a_statement_that_goes_on_counting_after_a_tally_is_a_tally():
    text = ("وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 2400 جراء غارات التحالف منذ 15 آب / أغسطس 2014.\n"
            "ولفت إلى مقتل 1850 من عناصر التنظيم جراء الضربات الصاروخية وغارات التحالف على مقاره في الرقة.")
    assert violent(text) == []


def test_a_clash_told_after_a_tally_on_a_day_of_its_own_is_an_event():
    text = ("ووثق المرصد مقتل 300 شخص منذ بداية الشهر.\n"
            "وأضاف أن اشتباكات عنيفة اندلعت اليوم بين الجيش والفصائل في حي جوبر.")
    assert violent(text) != []


def test_a_death_told_against_a_tally_is_part_of_it():
    text = ("وأشار المعهد إلى مقتل ما يزيد عن 900 من عناصر الحزب خلال خمس سنوات من القتال، "
            "بينما قتل أضعاف هذا الرقم من الميليشيات القادمة من باكستان.")
    assert violent(text) == []


def test_deaths_in_a_volcanic_eruption_are_no_violence():
    assert violent("أعلنت السلطات في الإكوادور مقتل 14 شخصا آخرين بسبب ثوران بركاني أمس.") == []


# -- session 12: wishes, repetition, counted periods, aims, figurative bursts --------------

def test_a_strike_someone_wants_is_no_strike():
    assert violent("وقال المحلل إن الجنرال الذي يريد قصف المنشآت النووية في أصفهان سيزور الرياض الأحد.") == []


def test_a_strike_told_as_a_plain_report_stays_beside_the_wish_rule():
    assert violent("قصفت طائرات حربية أمس مواقع للمسلحين في ريف إدلب، وقال ناشطون إنهم يريدون وقف القتال.") != []


def test_a_takeover_repeated_more_than_once_is_no_incident():
    battles = coded("وتسلم الجيش بلدة القريتين أمس، رغم أن المسلحين سيطروا عليها أكثر من مرة.", {"Battles"})
    assert [e for e in battles if e.sub_event_type == "Non-state actor overtakes territory"] == []


def test_a_takeover_told_once_stays():
    battles = coded("سيطر المسلحون على بلدة القريتين في ريف حمص أمس بعد معارك مع الجيش.", {"Battles"})
    assert [e.sub_event_type for e in battles] == ["Non-state actor overtakes territory"]


def test_a_toll_over_a_counted_number_of_past_days_is_a_tally():
    assert violent("قتل 48 شخصا في مدينة بيشاور خلال الأيام الأربعة الماضية وفقا لمصادر طبية.") == []


def test_a_toll_over_a_counted_number_of_past_months_fronted_is_a_tally():
    assert violent("وفي الأشهر الخمسة الأخيرة، قتل 210 مدنيين في غارات على ريف حلب.") == []


def test_a_killing_on_a_day_with_a_count_of_days_after_it_stays():
    assert violent("قتل أربعة مدنيين في غارة على مدينة سراقب أمس بعد الأيام الثلاثة من الهدوء.") != []


def test_what_intercepted_missiles_were_aimed_at_is_no_attack():
    evs = rasid.extract("أعلن التحالف أمس اعتراض صاروخين أطلقهما الحوثيون وكانت تستهدف مدينة نجران.",
                        published=PUB).events
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_a_past_perfect_with_ta_after_kaanat_still_reports():
    assert violent("وكانت قوات الأمن تصدت أمس لهجوم شنه مسلحون على حاجز في مدينة رفح.") != []


def test_bursting_into_tears_is_no_explosion():
    assert violent("انفجر مدرب المنتخب الأردني سامر خليل في البكاء خلال مؤتمر صحفي في عمان أمس.") == []


def test_setting_off_a_quarrel_is_no_bombing():
    assert violent("وفجرت الصفقة خلافا حادا داخل البرلمان في بيروت أمس.") == []


def test_objecting_to_a_decision_is_no_interception():
    evs = rasid.extract("وقال النواب إنهم اعترضوا على قرار الحكومة رفع أسعار الوقود في عمان أمس.", published=PUB).events
    assert [e for e in evs if e.sub_event_type == "Disrupted weapons use"] == []


def test_intercepting_a_drone_stays_an_interception():
    evs = rasid.extract("اعترضت الدفاعات الجوية أمس طائرة مسيرة أطلقها الحوثيون باتجاه مدينة أبها.", published=PUB).events
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_a_snatched_phone_is_no_abduction():
    assert violent("وقال الوزير إن لصين على دراجة نارية خطفوا هاتفه أمس قرب محطة القطارات في مدينة ليون.") == []


def test_a_snatched_journalist_stays_an_abduction():
    evs = violent("وخطف مسلحون صحافيا أمس قرب محطة القطارات في مدينة بنغازي.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_bombs_cleared_by_engineers_are_no_explosion():
    text = ("نزعت فرق الهندسة في الجيش، الأحد، كميات من الألغام والعبوات الناسفة التي زرعتها "
            "الميليشيا في مديرية حرض بمحافظة حجة.")
    assert violent(text) == []


def test_bombs_that_went_off_in_the_plural_stay_an_explosion():
    evs = violent("انفجرت العبوات الناسفة أمس في سوق مدينة بعقوبة ما أدى إلى مقتل خمسة أشخاص.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_a_takeover_an_agreement_provides_for_has_not_happened():
    text = "وينص الاتفاق على سيطرة القوات الحكومية على معبر جابر الحدودي وتسليم الفصائل سلاحها الثقيل."
    assert coded(text, {"Battles"}) == []


def test_the_agreement_whose_terms_are_told_is_still_an_agreement():
    evs = rasid.extract("وقع الجيش السوري وفصائل المعارضة اتفاق مصالحة أمس في بلدة الحراك، وينص الاتفاق على تسليم السلاح.",
                        published=PUB).events
    assert [e.sub_event_type for e in evs if e.event_type == "Strategic developments"] == ["Agreement"]


def test_a_riot_that_included_burning_tyres_stays_a_riot():
    evs = rasid.extract("وتخللت التظاهرات أمس في مدينة الناصرية أعمال شغب تضمنت حرق إطارات واقتحام مقار حكومية.",
                        published=PUB).events
    assert "Riots" in [e.event_type for e in evs]


def test_orders_that_targeted_army_units_are_no_attack():
    assert violent("وأصدر الملك أوامر جديدة أمس، واستهدفت تلك الأوامر قطاعات من الجيش والحرس الوطني في الرياض.") == []


def test_sanctions_that_targeted_officials_are_no_attack():
    assert violent("واستهدفت العقوبات الأوروبية الجديدة أمس سبعة ضباط في الجيش السوري.") == []


def test_gunmen_who_targeted_a_checkpoint_attacked_it():
    assert violent("واستهدف مسلحون أمس حاجزا للجيش قرب مدينة درعا بقذائف الهاون.") != []


def test_an_offensive_the_army_will_resume_has_not_happened():
    assert violent("قال التلفزيون الرسمي أمس إن القوات الحكومية ستستأنف هجومها على مواقع المسلحين جنوب مدينة حماة.") == []


def test_an_offensive_the_army_resumed_yesterday_is_reported():
    assert violent("واستأنفت القوات الحكومية أمس هجومها على مواقع المسلحين جنوب مدينة حماة.") != []


def test_knocking_a_club_out_of_a_cup_is_no_shooting_down():
    evs = rasid.extract("وكان اللاعب قد أسقط نادي ميلان في ربع النهائي على ملعب سان سيرو أمس.", published=PUB).events
    assert list(evs) == []


def _all_events(text: str) -> list:
    return list(rasid.extract(text, published=PUB).events)


def test_objecting_to_something_is_no_interception():
    # "الاعتراض على" / "اعترضوا على": objecting; an interception takes its object directly
    evs = _all_events("واعترض النواب الأحد في مدينة البصرة على قرار الحكومة رفع أسعار الوقود.")
    assert [e for e in evs if e.sub_event_type == "Disrupted weapons use"] == []


def test_an_interception_of_a_missile_is_still_coded():
    evs = _all_events("واعترضت الدفاعات الجوية السعودية صاروخا باليستيا فوق مدينة نجران أمس.")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_a_pluperfect_with_a_long_subject_between_kana_and_qad_is_background():
    # the day of the sentence before does not make the recalled takeover news
    evs = violent("سيطرت القوات الحكومية أمس على بلدة الحصن بعد معارك عنيفة مع المسلحين. "
                  "وكان مسلحون من القبائل ومقاتلون من فصائل متشددة موالية للقائد السابق قد استولوا على البلدة.")
    assert len(evs) == 1


def test_a_pluperfect_with_a_day_of_its_own_is_still_told():
    evs = violent("وكان مسلحون من القبائل ومقاتلون من فصائل متشددة قد هاجموا أمس مركزا للشرطة في بلدة الحصن.")
    assert len(evs) == 1


def test_an_order_to_kill_is_no_killing():
    # "أمر بقتل": the order is told, not that the killing was done
    assert violent("وقال الادعاء أمس إن العقيد أمر بقتل المزارعين في ساحة الشهداء بمدينة حماة.") == []


def test_a_killing_done_on_someones_orders_is_still_a_killing():
    # the order word after the deed ("بأوامر من") leaves the deed told
    assert len(violent("وقتل ثلاثة مزارعين أمس بأوامر من العقيد في ساحة الشهداء بمدينة حماة.")) == 1


def test_an_order_to_shell_is_no_shelling():
    assert violent("وأصدر قائد اللواء أمس أوامر بقصف مواقع المسلحين في بلدة تلبيسة.") == []


def test_blocking_a_car_disrupts_no_weapon():
    # "اعترض ... سيارة": a car stopped on the road, no weapon intercepted
    ev = rasid.extract("واعترض مسلحون أمس سيارة تقل ثلاثة مهندسين في بلدة الحويجة.", published=PUB).events
    assert [e for e in ev if e.sub_event_type == "Disrupted weapons use"] == []


def test_intercepting_a_car_bomb_is_still_disrupted_weapons_use():
    ev = rasid.extract("واعترضت قوات الأمن أمس سيارة مفخخة قرب حاجز في مدينة تكريت.", published=PUB).events
    assert [e.sub_event_type for e in ev] == ["Disrupted weapons use"]


def test_the_crime_a_carried_out_sentence_recalls_is_no_incident():
    # a statement of a court's sentence carried out tells the crime and the arrest from
    # before the trial
    text = ("نفذت وزارة الداخلية أمس حكم القتل قصاصا في أحد الجناة بمنطقة حائل، لإقدامه على قتل مواطن "
            "بإطلاق النار عليه إثر خلاف بينهما.\n"
            "وتمكنت سلطات الأمن من القبض على الجاني وبإحالته إلى المحكمة صدر بحقه حكم بالقتل قصاصا.")
    assert rasid.extract(text, published=PUB).events == ()


def test_a_killing_in_a_story_that_names_a_sentence_later_is_still_reported():
    # only the lead tells a statement of a sentence; a story that mentions one later keeps its incidents
    text = ("قتل مسلحون شرطيين اثنين بإطلاق النار عليهما في مدينة حائل أمس.\n"
            "وكانت السلطات قد نفذت الشهر الماضي حكم القتل قصاصا في أحد الجناة بالمنطقة.")
    assert len(violent(text)) == 1


def test_an_animal_that_kills_makes_a_natural_death():
    # the animal's noun before the killing verb: no armed hand, no political violence
    assert violent("وقالت الشرطة إن قطيعا من الكلاب الضالة قتلت طفلا أمس قرب مدرسة في بلدة بنها.") == []


def test_an_attack_by_an_animal_is_no_attack():
    assert violent("وأصيب صياد أمس في هجوم تمساح على ضفاف النهر قرب مدينة أسوان.") == []


def test_armed_men_who_kill_a_herdsman_are_no_animals():
    # the animals named after the verb are its object's, not the killer
    assert len(violent("وقتل مسلحون أمس راعيا كان يرعى خنازير في قرية قرب مدينة كاتانيا.")) == 1


def test_a_toll_since_the_start_of_a_crisis_after_a_long_clause_is_a_tally():
    # "منذ بداية" far after the killing word: the ب of "بداية" is the word's own
    assert violent("وقتل 23 عنصرا من قوات الأمن في هجمات نسبت إلى المتمردين في ولاية بورنو "
                   "منذ بداية الأزمة الحالية، وفق حصيلة أعدتها وكالة أنباء.") == []



def test_a_takeover_said_to_be_near_is_not_reported():
    # "بات قريبا" after the event word: expected, not done; the strike told before stays
    evs = violent("قصفت طائرات التحالف العربي أمس مواقع للحوثيين في مدينة حرض. "
                  "وأكد المتحدث باسم التحالف العربي أن تحرير مدينة حرض بات قريبا.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_an_imminent_takeover_is_not_reported():
    evs = violent("قصفت طائرات التحالف العربي أمس مواقع للحوثيين في مدينة الحديدة. وأكد المتحدث باسم "
                  "التحالف العربي، أن السيطرة على ميناء الحديدة باتت وشيكة، بعد إحكام الطوق على المدينة.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_an_imminent_ground_attack_is_not_a_battle():
    assert violent("وتشهد مدينة درعا منذ مساء الاثنين قصفا عنيفا من قبل قوات النظام، بالتزامن مع "
                   "تعزيزات عسكرية تنذر بهجوم بري وشيك.") == []


def test_a_takeover_near_a_town_is_still_a_takeover():
    # near miss: "قريبا من" places the event, it does not defer it
    evs = violent("وسيطرت قوات الجيش السوري أمس على قرية تل سلمو قريبا من مدينة سراقب.")
    assert [e.event_type for e in evs] == ["Battles"]


def test_a_toll_since_a_day_of_the_month_after_yawm_is_a_tally():
    """"منذ يوم 30 من مارس": يوم before a day of the month and its month opens a point in
    time, like "منذ 30 آذار": the dead are counted since then, on no one day."""
    assert violent("وقتل 85 مدنيا على الأقل بنيران القوات الحكومية منذ يوم 12 من أبريل في مدينة الحديدة.") == []


def test_a_toll_a_day_ago_is_still_a_report():
    """"منذ يوم" alone is a duration ("a day ago"), no point to count from."""
    [e] = violent("وقتل مسلحون ثلاثة جنود في هجوم على حاجز في مدينة الحديدة منذ يوم.")
    assert e.fatalities == 3


def test_an_event_dated_only_last_week_after_the_lead_is_background():
    """A violent event the article dates only by "الأسبوع الماضي" after its lead is
    recalled to frame the day's news: the lead's attack is the one event."""
    got = violent("قتل أربعة جنود أمس الثلاثاء في هجوم على حاجز للجيش في مدينة بنغازي. "
                  "وكان مسلحون قد هاجموا الأسبوع الماضي مركزا للشرطة في مدينة درنة وقتلوا شرطيين.")
    assert [(e.location.label, e.event_date) for e in got] == [("Benghazi", PUB - timedelta(days=1))]


def test_a_lead_that_tells_last_weeks_strike_still_reports_it():
    """The lead is the news: a report whose news is a week old says so first."""
    [e] = violent("أعلن الجيش أن طائراته نفذت الأسبوع الماضي غارات على معسكر للمسلحين قرب مدينة سبها. "
                  "وقال متحدث عسكري إن الغارات دمرت مخازن أسلحة.")
    assert e.event_type == "Explosions/Remote violence" and e.event_date == PUB - timedelta(days=7)


def test_a_truce_the_fighters_refuse_to_keep_is_no_new_agreement():
    """"يرفضون الالتزام بالهدنة": a truce in force that is kept or broken is told, not agreed."""
    evs = rasid.extract("وقالت المصادر إن الجيش يخوض معارك مع المتمردين الذين يرفضون الالتزام بالهدنة قرب "
                        "مدينة كادقلي أمس.", published=PUB).events
    assert [e for e in evs if e.sub_event_type == "Agreement"] == []


def test_a_truce_a_side_exploited_is_no_new_agreement():
    """"استغلت قوات الدعم السريع الهدنة": the subject between the verb and the truce."""
    evs = rasid.extract("واستغلت قوات الدعم السريع الهدنة أمس ودفعت بتعزيزات إلى مدينة الأبيض.", published=PUB).events
    assert [e for e in evs if e.sub_event_type == "Agreement"] == []


def test_a_ceasefire_that_came_into_force_is_still_an_agreement():
    evs = rasid.extract("دخل اتفاق لوقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ في "
                        "مدينة الأبيض أمس، رغم استمرار القصف.", published=PUB).events
    assert [e.sub_event_type for e in evs if e.event_type == "Strategic developments"] == ["Agreement"]


def test_an_also_sentence_after_a_sentence_opened_by_a_past_year_is_background():
    # "وفي مارس 2019، ..." tells no event but takes the story back to its background: the
    # attack told next with "كما" is that background, not the day's news
    evs = violent("قتلت غارة أمريكية أمس القيادي في تنظيم داعش قرب مدينة الحويجة.\n"
                  "وفي مارس 2019، قاد القيادي حملة لتجنيد الشبان في مدينة الموصل. كما نظم هجوما على "
                  "دورية للجيش في كركوك أدى إلى إصابة جنديين.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_past_year_inside_a_sentence_does_not_date_the_next_one():
    # the year dates the aid, not the story: the attack told next is the day's news
    evs = violent("قتلت غارة أمريكية أمس القيادي في تنظيم داعش قرب مدينة الحويجة.\n"
                  "وقالت الحكومة إن المساعدات التي قدمتها عام 2019 لم تصل إلى المدينة. كما هاجم مسلحون "
                  "دورية للجيش في كركوك وأصابوا جنديين.")
    assert sorted(e.sub_event_type for e in evs) == ["Air/drone strike", "Armed clash"]


def test_a_group_left_out_of_a_truce_is_no_new_agreement():
    """"حركة الشباب مستبعدة من الهدنة": the truce in force is told; the news is who it
    leaves out (cues.yaml agreement_exploited)."""
    evs = rasid.extract("قال المتحدث إن حركة الشباب مستبعدة من الهدنة في إقليم جوبا السفلى التي بدأت أمس.",
                        published=PUB).events
    assert [e for e in evs if e.sub_event_type == "Agreement"] == []


def test_a_truce_the_rebels_rejected_is_no_agreement():
    """"رفض المتمردون الهدنة": a truce rejected, its subject between, was not made
    (cues.yaml agreement_rejected)."""
    evs = rasid.extract("رفض الحوثيون الهدنة التي اقترحها المبعوث الأممي في مديرية حيس أمس.", published=PUB).events
    assert [e for e in evs if e.sub_event_type == "Agreement"] == []


def test_a_truce_signed_after_a_rejected_offer_is_still_an_agreement():
    """The near miss: a rejection past a comma is another clause."""
    evs = rasid.extract("رفضت جماعة الحوثي عرضا سابقا، ثم وقعت الحكومة اليمنية وجماعة الحوثي اتفاقا لوقف "
                        "إطلاق النار في مديرية حيس أمس.", published=PUB).events
    assert [e.sub_event_type for e in evs if e.event_type == "Strategic developments"] == ["Agreement"]


def test_people_killed_when_a_warplane_fell_on_them_is_an_accident():
    """"قتل 9 أشخاص حينما سقطت طائرة عسكرية على منازل": a crash with no hand named in it
    is no political violence (cues.yaml natural_causes, told with the verb)."""
    assert violent("قتل 9 أشخاص حينما سقطت طائرة عسكرية على منازل في مدينة الفاشر اليوم.") == []


def test_people_killed_when_a_shell_fell_on_them_is_shelling():
    """The near miss: a shell that fell is someone's shelling."""
    [e] = violent("قتل 9 أشخاص حينما سقطت قذيفة على منازل في مدينة الفاشر اليوم.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_warplane_brought_down_on_a_town_is_no_accident():
    """The near miss: a plane someone shot down names a hand (natural_cause_unless)."""
    assert violent("قتل 9 أشخاص حينما سقطت طائرة عسكرية أسقطها مسلحون على منازل في مدينة الفاشر اليوم.") != []


def test_cars_destroyed_in_a_bomb_blast_are_a_bombing_not_a_bomb_disposal():
    """"سيارات دمرت في انفجار عبوات ناسفة": the bombs are the blast's, not what the verb
    destroyed (the split rule دمر + عبوة ناسفة → Disrupted weapons use must not take them)."""
    events = rasid.extract("قال شهود إن ثلاث سيارات دمرت صباح اليوم في انفجار عبوات ناسفة في مدينة الموصل.",
                           published=PUB).events
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"], events


def test_boats_carrying_bombs_destroyed_are_no_bomb_disposal():
    """"دمرت القوات زوارق تحمل عبوات ناسفة": the bombs are the cargo of what was destroyed."""
    events = rasid.extract("دمرت القوات العراقية ثلاثة زوارق تحمل عبوات ناسفة في بحيرة الثرثار اليوم.",
                           published=PUB).events
    assert all(e.sub_event_type != "Disrupted weapons use" for e in events), events


def test_a_heavy_blow_directed_at_a_group_is_no_air_strike():
    """"وجه الجيش ضربة قوية لتنظيم داعش": a figurative blow, no air or missile strike."""
    events = rasid.extract("وجه الجيش العراقي ضربة قوية لتنظيم داعش في قضاء الحويجة اليوم.", published=PUB).events
    assert all(e.event_type != "Explosions/Remote violence" for e in events), events
