"""Protest reports and non-reports, one behaviour per test.

Every sentence was written for this test in the style of wire reports (no corpus
text). Each names a construction that decides whether a sentence reports a
demonstration (ACLED Protests or Riots) or only mentions one.
"""
from __future__ import annotations

import rasid
from conftest import PUB, protests


def test_a_crowd_gathering_in_the_past_is_a_protest_without_day_or_place():
    [e] = protests("وتجمع مئات العمال أمام مقر الشركة مطالبين بصرف أجورهم المتأخرة.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_past_verb_of_demonstrating_is_a_protest_without_day_or_place():
    assert protests("وتظاهر المزارعون احتجاجا على ارتفاع أسعار الأسمدة.")


def test_demonstrating_in_the_present_without_a_day_stays_background():
    assert not protests("ويتظاهر الطلاب كل أسبوع أمام مبنى الجامعة للمطالبة بخفض الرسوم.")


def test_objected_without_day_or_place_is_a_statement_not_a_protest():
    assert not protests("واحتج السفير الفرنسي لدى وزارة الخارجية على تصريحات الوزير.")


def test_an_indefinite_protest_noun_that_broke_out_is_a_protest_without_day_or_place():
    assert protests("وقالت مصادر محلية إن مظاهرة غاضبة اندلعت في الحي الشرقي احتجاجا على انقطاع المياه.")


def test_a_definite_protest_noun_without_day_or_place_names_a_protest_already_told():
    assert not protests("وتحولت المظاهرات إلى ظاهرة يومية في البلاد.")


def test_a_past_verb_beginning_with_nun_is_no_present_tense():
    # "نزل"، "نظم"، "نفذ" are past verbs; only a ن form of a listed ي verb ("نستهدف") is present
    assert protests("ونظموا وقفة أمام مبنى المحافظة للمطالبة بصرف رواتبهم.")


def test_protesters_protesting_in_the_present_without_a_day_is_no_report():
    # what protesters protest against, told in the present: the protest's cause, not a new one
    assert not protests("والمتظاهرون يحتجون على غلاء المعيشة وتدني الأجور.")


def test_a_present_protest_verb_with_its_own_day_is_a_report():
    assert protests("ويتظاهر آلاف الطلاب اليوم أمام مبنى البرلمان للمطالبة بخفض الرسوم.")


def test_a_crowd_flooding_the_streets_is_a_protest():
    assert protests("وقال شهود إن مئات الطلاب تدفقوا في شوارع المدينة منذ الصباح هاتفين ضد الحكومة.")


def test_protests_after_a_masdar_of_continuing_with_a_preposition_are_a_campaign():
    # "تعهدوا بمواصلة الاحتجاجات": protests to go on, not one told as having happened
    assert not protests("وتعهد قادة النقابة أمس بمواصلة الاحتجاجات في مدينة البصرة حتى تلبية مطالبهم.")


def test_protesters_counted_in_a_dated_sentence_are_a_protest():
    assert protests("وحشدت النقابة أمس أكثر من ثلاثة آلاف متظاهر أمام مقر الحكومة للمطالبة برفع الأجور.")


def test_protesters_named_without_a_count_or_a_deed_are_no_protest():
    assert not protests("وطالبت النقابة أمس المتظاهرين بالتزام الهدوء.")


def test_an_official_objection_is_a_statement_not_a_protest():
    # "احتج" also means "objected": an ambassador or a ministry objecting gathers no one
    assert not protests("واحتج السفير الفرنسي أمس لدى وزارة الخارجية على تصريحات الوزير.")


def test_a_state_objecting_is_a_statement_not_a_protest():
    assert not protests("واحتجت الحكومة الأردنية أمس رسميا على تصريحات المسؤول الإسرائيلي.")


def test_a_crowd_protesting_is_a_protest():
    assert protests("واحتج مئات العمال أمس على تأخر صرف أجورهم في مدينة الزرقاء.")


def test_protesting_in_front_of_a_building_is_a_protest():
    assert protests("واحتج المزارعون أمس أمام مبنى البرلمان على رفع أسعار الوقود.")


def test_a_protest_on_a_day_after_publication_is_planned():
    assert not protests("وتنظم النقابة مظاهرة يوم الخميس المقبل في ساحة التحرير وسط بغداد.")


def test_demonstrating_with_a_clause_after_bi_is_feigning():
    # "تظاهر بأنه": pretended to be
    assert not protests("وتظاهر المتهم أمس بأنه مريض أمام هيئة المحكمة في القاهرة.")


def test_feigning_an_injury_is_no_protest():
    # "تظاهر بالإصابة": pretended to be injured
    assert not protests("وتظاهر حارس المرمى بالإصابة أمس في المباراة الودية في تونس لمنح زملائه وقتا للإفطار.")


def test_dispersing_a_protest_by_force_is_still_a_protest():
    assert protests("وفضت قوات الأمن الاحتجاج بالقوة أمام مبنى المحافظة في صنعاء أمس.")


def test_a_sit_in_verb_with_silence_after_bi_is_holding_fast():
    # "اعتصم بالصمت": kept silent
    assert not protests("واعتصم الوزير أمس بالصمت إزاء الاتهامات الموجهة إليه في بغداد.")


def test_a_sit_in_at_a_building_after_bi_is_a_protest():
    assert protests("واعتصم العمال أمس بمقر الشركة في البصرة للمطالبة بأجورهم.")


def test_a_note_of_protest_is_a_document_not_a_demonstration():
    assert not protests("وسلمت الخارجية المصرية أمس مذكرة احتجاج إلى السفير الإسرائيلي في القاهرة.")


def test_a_decision_to_hold_a_sit_in_is_planned():
    assert not protests("وقررت اللجنة النقابية أمس تنظيم اعتصام أمام مقر الحكومة في عمان.")


def test_a_request_to_hold_a_protest_is_planned():
    assert not protests("ورفضت وزارة الداخلية أمس طلبا لتنظيم مظاهرة في الرباط.")


def test_the_organisers_of_a_protest_name_it_without_reporting_it():
    assert not protests("وأعلن منظمو المظاهرة أمس إلغاءها بسبب الأحوال الجوية في الرباط.")


def test_a_headline_style_present_protest_with_a_place_is_a_report():
    assert protests("الآلاف يتظاهرون في مدينة الحسكة ضد رفع أسعار الخبز")


def test_a_protest_earlier_this_month_is_not_planned():
    # "هذا الشهر" stands at the month's middle, after a publication day early in the month
    assert protests("وفي وقت سابق من هذا الشهر، تظاهر مئات الطلاب في مدينة تعز للمطالبة بصرف المنح.")


def test_a_protest_noun_held_by_a_past_verb_is_a_protest_without_day_or_place():
    assert protests("ونظم عشرات المعلمين وقفة احتجاجية أمام مبنى الوزارة للمطالبة بزيادة رواتبهم.")


def test_a_protest_noun_held_by_a_present_verb_without_day_or_place_is_none():
    assert not protests("وتنظم النقابة وقفة احتجاجية أمام مبنى الوزارة للمطالبة بزيادة الرواتب.")


def test_a_protest_noun_a_force_dispersed_is_a_protest_with_intervention():
    # the dispersal is the news: the protest took place, definite noun or not, no day needed
    [e] = protests("لكن قوات الشرطة فضت الاعتصام بالقوة وانسحب المعتصمون.")
    assert e.sub_event_type == "Protest with intervention"


def test_the_masdar_of_dispersing_a_protest_is_no_dispersal():
    # "قرار فض الاعتصام": a decision to disperse, nothing dispersed yet
    assert not protests("وناقش المجلس قرار فض الاعتصام دون أن يحدد موعدا لتنفيذه.")


def test_a_day_before_a_word_of_deliberating_dates_the_meeting_not_its_topic():
    # "لبحث أعمال الشغب": the riots are the meeting's topic; yesterday is the meeting's day
    assert not protests("واجتمعت لجنة الأمن في البرلمان أمس لبحث أعمال الشغب التي شهدتها العاصمة.")


def test_a_strike_announced_yesterday_to_start_next_week_is_planned():
    # "أمس" dates the announcement; the strike's own words give it a later day
    assert not protests("وأعلنت نقابة الأطباء أمس إضرابا يبدأ الأحد المقبل في المستشفيات الحكومية.")


def test_voters_crowding_at_polling_stations_are_no_protest():
    assert not protests("واحتشد الناخبون أمس أمام مراكز الاقتراع في العاصمة للإدلاء بأصواتهم.")


def test_a_crowd_at_polling_stations_that_says_what_it_protests_is_a_protest():
    assert protests("واحتشد المئات أمس أمام مراكز الاقتراع في العاصمة احتجاجا على تزوير النتائج.")


def test_deaths_at_a_protest_by_a_suicide_bomber_are_a_bombing_not_force_on_protesters():
    # the bomber is named by a noun alone ("انتحاري"): the protest's toll makes the bombing
    events = rasid.extract("وقتل شاب في إحدى التظاهرات بمدينة كركوك أمس عندما نسف انتحاري عبوة "
                           "كان يحملها وسط المحتجين.", published=PUB).events
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == \
        [("Explosions/Remote violence", "Suicide bomb", 1)]


def test_a_bombing_told_by_its_verb_takes_the_toll_of_the_protest_it_hit():
    events = rasid.extract("وقتل شاب في إحدى التظاهرات بمدينة كركوك أمس عندما فجر انتحاري نفسه "
                           "وسط جموع المتظاهرين.", published=PUB).events
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == \
        [("Explosions/Remote violence", "Suicide bomb", 1)]


def test_a_riot_noun_lent_the_protesters_of_its_clause_names_a_riot_without_day_or_place():
    # the side comes from far back in the clause; the noun itself narrates nothing
    assert not protests("وحول مصير المتظاهرين الموقوفين قال الوزير إن النيابة ستنظر في ملفات من شارك منهم "
                        "في أعمال شغب وإتلاف للممتلكات.")


def test_protesters_who_carried_out_a_riot_masdar_report_it_without_day_or_place():
    # "قام X بـ" + masdar is the verb: "قام المحتجون بحرق" = "أحرق المحتجون"
    # (protesters of their own: "المحتجون" alone would be the crowd already told of, a detail of its protest)
    [e] = protests("وقام محتجون بحرق سيارة تابعة للشرطة.")
    assert e.event_type == "Riots"


def test_a_crowd_joining_a_march_is_a_protest():
    # "مسيرة" alone may be a drone; as what a crowd joins it is a march
    assert protests("وشارك مئات العمال أمس في مسيرة جابت شوارع المدينة الرئيسية.")


def test_joining_the_course_of_a_process_is_no_march():
    assert not protests("وشارك الوزير أمس في مسيرة التنمية التي تشهدها المحافظة.")


def test_protesters_protesting_in_the_present_after_a_dated_telling_is_no_report():
    # "أمس" dates the telling before "إن"; what the protesters protest is their cause
    assert not protests("وقال شاهد عيان أمس إن المتظاهرين «يحتجون على طريقة توزيع المساعدات برمتها».")


def test_the_end_of_a_protest_is_a_moment_of_the_protest_already_told():
    # "في ختام الاعتصام": what happened at its close, not a new protest
    assert not protests("وسلم ممثل عن المحتجين في ختام الاعتصام رسالة إلى مكتب المحافظ في مدينة الزرقاء.")


def test_telling_protests_apart_is_no_dispersal():
    # "فرّق بين" is "told apart": the protest noun after بين was dispersed by no one
    assert not protests("وفرقت المحكمة في حكمها بين الاحتجاج السلمي وأعمال الشغب.")


def test_a_march_a_force_dispersed_is_a_protest_with_intervention():
    # "مسيرة" alone may be a drone; what the police disperse is a march
    [e] = protests("وفرقت الشرطة بالقوة مسيرة نظمها طلاب الجامعة للمطالبة بخفض الرسوم.")
    assert e.sub_event_type == "Protest with intervention"


def test_a_strike_held_by_those_a_relative_clause_describes_is_no_new_protest():
    # "الذين نظموا إضرابا": the relative clause says who the workers are, like "الذين نظموا مظاهرة"
    assert not protests("ووجه رئيس الاتحاد أمس تحية إلى عمال المصنع في القاهرة الذين نظموا إضرابا دام أسبوعا.")


def test_a_strike_a_relative_clause_dates_itself_is_a_protest():
    # a day inside the relative clause: the clause tells the strike (the news is in it)
    assert protests("ولاقى القانون رفضا واسعا من النقابات التي نفذت إضرابا ضد إقراره اليوم الأربعاء في القاهرة.")


def test_a_strike_held_as_the_main_verb_is_a_protest():
    assert protests("ونظم عمال المصنع أمس إضرابا عن العمل في القاهرة للمطالبة برفع أجورهم.")


def test_rioters_recalled_by_a_temporal_clause_are_no_new_riot():
    # "بعد أن قام مشاغبون بإشعال النار": the riot the article told, recalled to date another event
    assert not protests("وأعلنت اللجنة اليوم تأجيل الاقتراع في المدينة بعد أن قام مشاغبون بإشعال النار في ثلاثة من مكاتبها.")


def test_rioters_acting_in_the_main_clause_are_a_riot():
    assert protests("وقام مشاغبون اليوم بإشعال النار في ثلاثة من مكاتب اللجنة الانتخابية في المدينة.")


def test_a_riot_by_the_protesters_already_told_without_day_or_place_adds_to_their_protest():
    # "المتظاهرون" alone are the crowd the article told of: a detail of that protest, no new one
    assert not protests("وأحرق المتظاهرون الإطارات وأغلقوا الشارع الرئيسي.")


def test_a_counted_crowd_rioting_is_a_riot_without_day_or_place():
    [e] = protests("وأحرق مئات المتظاهرين الإطارات وأغلقوا الشارع الرئيسي.")
    assert e.event_type == "Riots"


def test_force_on_the_protesters_already_told_without_day_or_place_adds_to_their_protest():
    assert not protests("وهاجمت قوات الأمن المتظاهرين بالهراوات والغاز المسيل للدموع.")


def test_a_riot_by_the_protesters_already_told_makes_their_protest_a_riot():
    [e] = protests("تظاهر مئات الطلاب أمس أمام مبنى البرلمان في القاهرة احتجاجا على رفع الأسعار. "
                   "وأحرق المتظاهرون الإطارات وأغلقوا الشارع الرئيسي.")
    assert e.event_type == "Riots"


def test_a_sit_in_held_by_the_protesters_already_told_is_a_protest_of_its_own():
    assert protests("ونفذ المتظاهرون اعتصاما أمام مبنى المحافظة للمطالبة بصرف رواتبهم.")


def test_a_protest_in_a_background_clause_with_a_present_verb_takes_no_day_of_the_main_clause():
    # "في وقت تشهد فيه": the state the news falls in, not a protest on the day of "أمس"
    assert not protests("اختتم المؤتمر الاقتصادي العربي أعماله أمس دون بيان ختامي، في وقت تشهد فيه "
                        "دول المنطقة أزمات معيشية وإضرابات عمالية واحتجاجات شعبية.")


def test_a_protest_in_a_while_clause_with_a_past_verb_keeps_the_day_of_the_main_clause():
    [e] = protests("أعلنت الحكومة أمس حالة الطوارئ في العاصمة، في الوقت الذي تظاهر فيه آلاف الطلاب "
                   "أمام مبنى البرلمان.")
    assert str(e.event_date) == "2023-05-09"


def test_protesters_counted_in_construct_are_a_crowd_of_their_own():
    # "مئات المحتجين" (a count whose genitive they are) counts them anew, like "مئات من المحتجين"
    [e] = protests("وردد مئات المحتجين أمس هتافات تطالب برحيل الحكومة.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_counted_crowd_after_a_preposition_is_not_a_crowd_acting():
    # "في حشود المتظاهرين": where a speech was given, not protesters doing something
    assert not protests("وألقى رئيس الحزب أمس كلمة في حشود المتظاهرين.")


def test_a_riot_named_as_the_charge_of_an_arrest_is_not_a_new_riot():
    # "بتهمة المشاركة في أعمال شغب": what the men are charged with, told again
    assert not protests("واعتقلت الشرطة أمس خمسة شبان بتهمة المشاركة في أعمال شغب في المدينة.")


def test_a_protest_where_the_dead_of_a_recalled_toll_fell_is_not_a_new_report():
    # "بعد وفاة ثلاثة ... في احتجاج": the cue governs the toll, however long its count
    assert not protests("وأقال وزير الداخلية أمس مدير الشرطة بعد وفاة ثلاثة من المتظاهرين الشبان "
                        "في احتجاج الجمعة الماضية.")


def test_a_day_after_a_clause_opened_by_kama_dates_that_clause_not_the_one_before():
    # "، كما اعتقلت ... صباح اليوم": today's arrests; the firing before "كما" keeps the
    # paragraph's day (yesterday's demonstration), not a second protest today
    text = ("خرج آلاف الطلاب في مظاهرة أمس الثلاثاء في مدينة الإسكندرية. وأضاف شهود أن الشرطة "
            "أطلقت الرصاص الحي على المتظاهرين، كما اعتقلت عددا من الناشطين في القاهرة صباح اليوم.")
    assert {str(e.event_date) for e in protests(text)} == {"2023-05-09"}
    [arrest] = [e for e in rasid.extract(text, published=PUB).events if e.sub_event_type == "Arrests"]
    assert str(arrest.event_date) == "2023-05-10"


def test_a_killing_officers_are_charged_with_by_a_verb_and_bi_is_not_a_new_report():
    # "ادعى ... على X بقتل": the masdar after ب is the charge, however long the object
    assert not rasid.extract("وادعى المدعي العام العسكري على ثلاثة ضباط وعشرة جنود بقتل متظاهر في ساحة "
                             "التحرير ببغداد.", published=PUB).events


def test_a_claim_with_bi_anna_by_the_same_verb_still_reports():
    # "ادعى الجيش بأنه قتل": a claim of a deed, not a charge
    assert rasid.extract("وادعى الجيش بأنه قتل عشرين مسلحا في هجوم على قرية قرب إدلب أمس.",
                         published=PUB).events


def test_only_the_first_bi_after_an_accusing_verb_is_the_charge():
    # "تتهمه بالمسؤولية عن بث أخبار تتعلق بهجوم": the attack is not what he is charged with
    text = ("وشهدت المدينة أمس هجوما بالقذائف على سوق شعبي. وتتهم الحكومة الفصيل بالمسؤولية عن "
            "بث أخبار كاذبة تتعلق بهجوم على السوق.")
    [e] = rasid.extract(text, published=PUB).events
    assert e.actor1 == ""


def test_a_deed_coordinated_into_a_charge_four_words_on_is_the_charge():
    # "بجرائم مخالفة الأوامر العسكرية وإطلاق النار": the list the charge noun governs
    assert not protests("ووجهت المحكمة إلى الضباط تهم مخالفة الأوامر العسكرية وإطلاق الرصاص على "
                        "المحتجين في ساحة الشهداء ببيروت.")


def test_a_killing_not_intended_is_no_event_of_its_own():
    # "من غير قصد القتل": the intent denied, like "بقصد القتل"
    ex = rasid.extract("وأطلق الجنود النار في الهواء من غير قصد القتل.", published=PUB)
    assert any(m.value == "planned" and "القتل" in m.span.text for m in ex.auxiliary)


def test_deeds_summed_up_by_a_comment_are_not_reports():
    # "، كل ذلك جرى في ...": the deeds listed are the subject of a comment
    assert not protests("وقتلت قوات الأمن عشرات المتظاهرين في شوارع المدينة ومنعت الصحفيين من التغطية، "
                        "كل ذلك جرى خلال أقل من شهرين.")


def test_a_dated_deed_before_a_summing_up_phrase_still_reports():
    assert protests("وقتلت قوات الأمن أمس ثلاثة متظاهرين في شوارع المدينة، كل ذلك وسط صمت دولي.")


def test_an_event_after_a_present_copula_is_a_judgement_not_a_report():
    # "أن يكون مقتل المتظاهرين حدثا عابرا": the subject of a judgement
    assert not protests("وكانت صدمة الأهالي أن يكون مقتل ثلاثة متظاهرين في الساحة حدثا عابرا "
                        "لا يحاسب عليه أحد.")


def test_events_listed_then_denied_a_predicate_by_kulluha_are_not_reports():
    # "، كلها لم تكن إلا جزءا من مخطط": the listed events are the subject of a comment
    assert not protests("فمن الاشتباكات في الجامعة إلى المظاهرات في الضاحية التي أدت إلى مقتل عدد من "
                        "المحتجين في مواجهات مع الجيش، كلها لم تكن إلا جزءا من مخطط واحد.")


def test_a_protest_met_with_force_told_after_it_is_coded_by_the_force():
    # the intervention told in the next sentence merges into the protest: ACLED codes the
    # one event "Protest with intervention", the force as actor2
    [e] = protests("نظم مئات العمال أمس وقفة احتجاجية أمام مقر الشركة في مدينة السويس. "
                   "وهاجمت قوات الأمن المحتجين بالهراوات.")
    assert e.sub_event_type == "Protest with intervention"
    assert "Police" in e.actor2


def test_a_protest_met_with_lethal_force_told_after_it_is_excessive_force():
    [e] = protests("نظم مئات العمال أمس وقفة احتجاجية أمام مقر الشركة في مدينة السويس. "
                   "وقال شهود إن قوات الأمن فتحت النار على المحتجين فقتلت اثنين منهم.")
    assert e.sub_event_type == "Excessive force against protesters"
    assert "Police" in e.actor2 and e.fatalities == 2


def test_a_protest_met_with_force_that_then_turned_violent_is_a_riot():
    # ACLED: violent demonstrators riot, whether or not force met them first; the force
    # stays actor2 (the force's telling merged first must not keep it a protest)
    [e] = rasid.extract("نظم مئات العمال أمس وقفة احتجاجية أمام مقر الشركة في مدينة السويس. وهاجمت قوات "
                        "الأمن المحتجين بالهراوات. ثم أحرق المحتجون إطارات السيارات وأغلقوا الطريق.",
                        published=PUB).events
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    assert "Police" in e.actor2


def test_protesters_told_of_dispersed_by_tear_gas_are_the_intervention_in_their_protest():
    # "وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين": the force met by the
    # protest told before, its subject the intervening side however long the object
    [e] = protests("تظاهر مئات الطلاب أمس أمام مبنى البرلمان في بغداد احتجاجا على رفع الرسوم الجامعية. "
                   "وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين.")
    assert e.sub_event_type == "Protest with intervention"
    assert "Police" in e.actor2


def test_protesters_told_of_dispersed_by_a_finite_verb_are_the_intervention():
    [e] = protests("خرج آلاف المحتجين أمس في مسيرة سلمية في مدينة البصرة للمطالبة بتحسين الخدمات. "
                   "وفرقت الشرطة المتظاهرين بالقوة.")
    assert e.sub_event_type == "Protest with intervention"
    assert "Police" in e.actor2


def test_a_crackdown_named_by_its_masdar_is_no_intervention_told():
    # "صور قمع المتظاهرين": the crackdown named, as the content of pictures
    assert not protests("وقالت الحكومة أمس إن نشر صور قمع المتظاهرين عبر الإنترنت أحرجها.")


def test_demonstrators_who_riot_are_named_rioters():
    [e] = protests("وأحرق المتظاهرون مبنى مجلس المحافظة في مدينة البصرة أمس.")
    assert (e.event_type, e.actor1) == ("Riots", "Rioters (Iraq)")


def test_a_strike_over_wages_unpaid_for_months_is_still_a_protest():
    text = ("ففي ميناء بوشهر، أضرب عمال الموانئ عن العمل أمس احتجاجا على عدم دفع أجورهم منذ عدة أشهر "
            "وخرجوا في مظاهرة أمام مبنى الإدارة.")
    assert protests(text)


def test_protests_expected_to_grow_on_a_day_are_not_reported():
    assert protests("ومن المتوقع أن تتسع الاحتجاجات الجمعة في مدينة الخليل مع وصول الوفد الأمريكي.") == []


def test_protests_scheduled_for_a_day_are_not_reported():
    assert protests("ومن المقرر أن تبلغ المظاهرات ذروتها الأحد في ساحة التحرير ببغداد.") == []


def test_a_un_rapporteur_telling_of_a_protest_does_not_make_it_planned():
    assert protests("وقال المقرر الخاص للأمم المتحدة إن مئات المحتجين تظاهروا أمس أمام البرلمان في بغداد.") != []


def test_negotiating_for_a_peace_agreement_is_no_agreement():
    evs = rasid.extract("وتتزامن الخطوة مع جهود التفاوض على اتفاق سلام مع المتمردين في الخرطوم أمس.", published=PUB).events
    assert [e for e in evs if e.sub_event_type == "Agreement"] == []


def test_the_dead_a_crowd_gathers_to_mourn_are_no_toll_of_the_gathering():
    # "لتشييع ضحايا الهجوم": the dead fell before, in the attack; no force was used on the crowd
    [e] = protests("وتجمهر المئات في شوارع مدينة البصرة أمس لتشييع ضحايا التفجير.")
    assert (e.sub_event_type, e.fatalities) == ("Peaceful protest", 0)


def test_protesters_killed_at_the_protest_are_still_its_toll():
    [e] = protests("وتجمهر المئات في شوارع مدينة البصرة أمس وقتل أربعة متظاهرين برصاص الشرطة.")
    assert (e.sub_event_type, e.fatalities) == ("Excessive force against protesters", 4)


def test_calling_protesters_rioters_is_a_label_not_a_riot():
    # "ووصفت ... بأنهم مثيرو شغب": the label a verb of describing gives
    assert protests("ووصفت الشرطة أمس المعتصمين في مدينة أربيل بأنهم مثيرو شغب.") == []


def test_a_riot_reported_after_bianna_without_a_verb_of_describing_stays():
    # "أفادت ... بأن": a report, not a description
    [e] = protests("وأفادت مصادر محلية أمس بأن أعمال شغب اندلعت في مدينة أربيل.")
    assert e.event_type == "Riots"


def test_a_crowd_counted_anew_in_the_pluperfect_with_a_long_subject_is_still_a_protest():
    # near miss of the long-subject pluperfect background (armed deeds only)
    got = protests("وكان 500 طالب من جامعة القاهرة على الأقل قد احتشدوا أمام مبنى البرلمان للمطالبة "
                   "بإلغاء القانون.")
    assert len(got) == 1


def test_civilians_killed_by_the_force_that_met_a_protest_there_that_day_are_its_excessive_force():
    """The protest met with fire, then the dead told as the force's killing of civilians
    at the same place that day: one event, the protest with excessive force
    (`merge.inarticle._force_at_protest`)."""
    text = ("تظاهر آلاف الفلسطينيين اليوم الأربعاء قرب السياج الحدودي شرق مدينة خان يونس، "
            "وأطلق الجيش الإسرائيلي النار على المتظاهرين.\n"
            "وقالت وزارة الصحة إن الجيش الإسرائيلي قتل اليوم الأربعاء ثلاثة مدنيين فلسطينيين شرق مدينة خان يونس.")
    [e] = rasid.extract(text, published=PUB).events
    assert e.event_type == "Protests" and e.sub_event_type == "Excessive force against protesters"
    assert e.fatalities == 3 and "Israel" in e.actor2


def test_the_same_force_killing_civilians_in_another_town_is_an_attack_of_its_own():
    text = ("تظاهر آلاف الفلسطينيين اليوم الأربعاء قرب السياج الحدودي شرق مدينة خان يونس، "
            "وأطلق الجيش الإسرائيلي النار على المتظاهرين.\n"
            "وفي مدينة جنين قتل الجيش الإسرائيلي اليوم الأربعاء ثلاثة مدنيين فلسطينيين.")
    evs = rasid.extract(text, published=PUB).events
    assert sorted(e.event_type for e in evs) == ["Protests", "Violence against civilians"]


def test_an_event_word_in_a_quoted_name_after_ism_names_the_protests_it_reports_nothing():
    # "الاحتجاجات، التي تحمل اسم "..."": the quotation is the campaign's name; the planned
    # protests that bear it are no event, and neither is the name's "اعتصام"
    assert protests("ومن المقرر أن تبلغ الاحتجاجات، التي تحمل اسم \"اعتصام الكرامة\"، ذروتها الأحد "
                    "في مدينة البصرة.") == []


def test_a_quoted_sit_in_with_no_naming_word_is_still_a_protest():
    # near miss: "نظم آلاف "اعتصام الكرامة"": the quoted words are the event told
    [e] = protests("ونظم آلاف أمس \"اعتصام الكرامة\" في مدينة البصرة.")
    assert e.sub_event_type == "Peaceful protest"
