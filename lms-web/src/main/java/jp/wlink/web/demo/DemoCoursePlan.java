package jp.wlink.web.demo;

import static jp.wlink.course.track.CareerJob.DESIGN_CONSTRUCTION;
import static jp.wlink.course.track.CareerJob.OFFICE_SALES;
import static jp.wlink.course.track.CareerJob.PIPE_MAINTENANCE;
import static jp.wlink.course.track.CareerJob.SEWAGE_TREATMENT;
import static jp.wlink.course.track.CareerJob.WATER_PURIFICATION;
import static jp.wlink.course.track.CareerJob.WATER_QUALITY;

import java.util.List;
import java.util.Optional;
import jp.wlink.web.demo.DemoCourse.Lesson;
import jp.wlink.web.demo.DemoCourse.Unit;

/**
 * The demo's courses. 浄水処理の基礎 is a real course written by the W/LINK team, with practice questions
 * in {@code demo/questions/josui-kiso.xml} tagged with the same skills; the others are
 * placeholders, so each career track shows what is planned. A track lists its courses in the order
 * they appear here.
 */
final class DemoCoursePlan {
  static final String FOLDER = "josui-kiso";
  static final String QUESTIONS = "josui-kiso.xml";

  /**
   * 水道施設管理技士 3級（浄水）, the water-treatment blueprint the question bank seeds: the course and its
   * practice questions prepare for it, so a learner aiming at it is paced to its exam date.
   */
  static final String JOSUI_CERTIFICATION = "SUIDO_SHISETSU_3";

  static final DemoCourse JOSUI_KISO =
      new DemoCourse(
          "JOSUI-101",
          "浄水処理の基礎",
          "川や地下水をどのように安全な水道水にしているのかを、水源から凝集・沈殿、ろ過、消毒、"
              + "水質基準と運転管理まで順に学びます。浄水場に配属されたばかりの方や、"
              + "水道技術管理者・水道施設管理技士をめざす方の最初の一歩に向いています。",
          1,
          List.of(
              "josui.source",
              "josui.raw-water",
              "josui.coagulation",
              "josui.sedimentation",
              "josui.filtration",
              "josui.disinfection",
              "josui.residual-chlorine",
              "josui.quality-standards",
              "josui.operation"),
          List.of(
              new Unit(
                  "水源と原水水質",
                  "水源の種類ごとの特徴と、原水水質の見方、原水に合った浄水方法を学びます。",
                  List.of(),
                  List.of("josui.source", "josui.raw-water"),
                  6,
                  60,
                  List.of(
                      new Lesson("水道の水源", "u1-l1.html", 1, 15, List.of("josui.source"), 3),
                      new Lesson(
                          "原水水質の見方と浄水方法", "u1-l2.html", 1, 20, List.of("josui.raw-water"), 4))),
              new Unit(
                  "凝集・沈殿",
                  "濁りを凝集剤でフロックにまとめて沈める工程と、注入率の決め方、沈殿池の運転を学びます。",
                  List.of(1),
                  List.of("josui.coagulation", "josui.sedimentation"),
                  6,
                  60,
                  List.of(
                      new Lesson(
                          "凝集のしくみと凝集剤", "u2-l1.html", 1, 15, List.of("josui.coagulation"), 3),
                      new Lesson(
                          "ジャーテストと注入率の計算", "u2-l2.html", 2, 20, List.of("josui.coagulation"), 3),
                      new Lesson(
                          "沈殿池の運転", "u2-l3.html", 2, 15, List.of("josui.sedimentation"), 3))),
              new Unit(
                  "ろ過",
                  "急速ろ過と緩速ろ過のしくみ、ろ過池の洗浄と濁度の管理を学びます。",
                  List.of(2),
                  List.of("josui.filtration"),
                  6,
                  60,
                  List.of(
                      new Lesson("急速ろ過と緩速ろ過", "u3-l1.html", 1, 15, List.of("josui.filtration"), 3),
                      new Lesson(
                          "ろ過池の洗浄と管理", "u3-l2.html", 2, 20, List.of("josui.filtration"), 4))),
              new Unit(
                  "消毒（塩素処理、残留塩素の管理）",
                  "塩素消毒のしくみ、給水栓での残留塩素の管理、消毒副生成物と塩素剤の安全な扱いを学びます。",
                  List.of(1),
                  List.of("josui.disinfection", "josui.residual-chlorine"),
                  6,
                  60,
                  List.of(
                      new Lesson("塩素消毒のしくみ", "u4-l1.html", 2, 20, List.of("josui.disinfection"), 3),
                      new Lesson(
                          "残留塩素の管理", "u4-l2.html", 1, 20, List.of("josui.residual-chlorine"), 3),
                      new Lesson(
                          "消毒副生成物と塩素剤の安全", "u4-l3.html", 2, 15, List.of("josui.disinfection"), 3))),
              new Unit(
                  "浄水場の運転管理と水質基準",
                  "水質基準と水質検査の組み立て、日常の運転管理と異常時の対応を学びます。",
                  List.of(3, 4),
                  List.of("josui.quality-standards", "josui.operation"),
                  6,
                  60,
                  List.of(
                      new Lesson(
                          "水質基準と水質検査", "u5-l1.html", 1, 20, List.of("josui.quality-standards"), 4),
                      new Lesson(
                          "日常の運転管理と異常時の対応", "u5-l2.html", 2, 20, List.of("josui.operation"), 3)))),
          List.of(WATER_PURIFICATION, WATER_QUALITY),
          Optional.of(JOSUI_CERTIFICATION));

  static final List<DemoCourse> COURSES =
      List.of(
          JOSUI_KISO,
          DemoCourse.placeholder(
              "JOSUI-201",
              "浄水場の水質管理",
              "浄水の各工程で水質をどう確かめ、どう調整するかを学びます。",
              2,
              List.of(WATER_PURIFICATION, WATER_QUALITY)),
          DemoCourse.placeholder(
              "JOSUI-301",
              "高度浄水処理（オゾン・活性炭）",
              "かび臭や有機物に対応する高度浄水処理の運転を学びます。",
              3,
              List.of(WATER_PURIFICATION)),
          DemoCourse.placeholder(
              "SUISHITSU-101", "水質検査の基礎", "採水から分析、記録までの水質検査の基本を学びます。", 1, List.of(WATER_QUALITY)),
          DemoCourse.placeholder(
              "KANRO-101", "管路の維持管理入門", "配水管の種類、点検、更新の考え方を学びます。", 1, List.of(PIPE_MAINTENANCE)),
          DemoCourse.placeholder(
              "KANRO-201",
              "漏水調査の基礎",
              "音や水圧から漏水を見つける方法と、修繕までの流れを学びます。",
              2,
              List.of(PIPE_MAINTENANCE)),
          DemoCourse.placeholder(
              "GESUI-101", "下水処理の基礎", "下水が処理場できれいになるまでの流れを学びます。", 1, List.of(SEWAGE_TREATMENT)),
          DemoCourse.placeholder(
              "GESUI-201",
              "活性汚泥法の運転管理",
              "微生物の働きを保つための運転の指標と調整を学びます。",
              2,
              List.of(SEWAGE_TREATMENT)),
          DemoCourse.placeholder(
              "SEKKEI-101",
              "上下水道施設の設計入門",
              "施設の計画と設計の進め方、基準の読み方を学びます。",
              1,
              List.of(DESIGN_CONSTRUCTION)),
          DemoCourse.placeholder(
              "SEKOU-101",
              "工事の施工管理の基本",
              "工程・品質・安全の管理と、現場での確認の要点を学びます。",
              2,
              List.of(DESIGN_CONSTRUCTION)),
          DemoCourse.placeholder(
              "JIMU-101", "水道事業の経営と料金のしくみ", "水道事業の収支と料金の決まり方を学びます。", 1, List.of(OFFICE_SALES)),
          DemoCourse.placeholder(
              "JIMU-102", "お客さま対応の基本", "開閉栓、料金、水質の問い合わせへの対応の基本を学びます。", 1, List.of(OFFICE_SALES)));

  private DemoCoursePlan() {}
}
