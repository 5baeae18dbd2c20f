package jp.wlink.web.region;

import java.util.Arrays;
import java.util.Optional;

/**
 * A prefecture of Japan, in JIS X 0401 order. The two-digit code is stable and is what the bundles
 * key the name by ({@code prefecture.13} is Tokyo); the constant name is what the database stores.
 */
public enum Prefecture {
  HOKKAIDO("01"),
  AOMORI("02"),
  IWATE("03"),
  MIYAGI("04"),
  AKITA("05"),
  YAMAGATA("06"),
  FUKUSHIMA("07"),
  IBARAKI("08"),
  TOCHIGI("09"),
  GUNMA("10"),
  SAITAMA("11"),
  CHIBA("12"),
  TOKYO("13"),
  KANAGAWA("14"),
  NIIGATA("15"),
  TOYAMA("16"),
  ISHIKAWA("17"),
  FUKUI("18"),
  YAMANASHI("19"),
  NAGANO("20"),
  GIFU("21"),
  SHIZUOKA("22"),
  AICHI("23"),
  MIE("24"),
  SHIGA("25"),
  KYOTO("26"),
  OSAKA("27"),
  HYOGO("28"),
  NARA("29"),
  WAKAYAMA("30"),
  TOTTORI("31"),
  SHIMANE("32"),
  OKAYAMA("33"),
  HIROSHIMA("34"),
  YAMAGUCHI("35"),
  TOKUSHIMA("36"),
  KAGAWA("37"),
  EHIME("38"),
  KOCHI("39"),
  FUKUOKA("40"),
  SAGA("41"),
  NAGASAKI("42"),
  KUMAMOTO("43"),
  OITA("44"),
  MIYAZAKI("45"),
  KAGOSHIMA("46"),
  OKINAWA("47");

  private final String code;

  Prefecture(String code) {
    this.code = code;
  }

  /** The JIS X 0401 code, {@code "01"} to {@code "47"}. */
  public String code() {
    return code;
  }

  public String getMessageKey() {
    return "prefecture." + code;
  }

  public static Optional<Prefecture> byCode(String code) {
    return Arrays.stream(values()).filter(prefecture -> prefecture.code.equals(code)).findFirst();
  }
}
