package jp.wlink.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseVendorTest {
  @Test
  void tellsH2AndMysqlApartByTheirUrl() throws SQLException {
    assertThat(DatabaseVendor.fromUrl("jdbc:h2:file:./data/wlink;MODE=LEGACY"))
        .isEqualTo(DatabaseVendor.H2);
    assertThat(DatabaseVendor.fromUrl("jdbc:mysql://db:3306/wlink"))
        .isEqualTo(DatabaseVendor.MYSQL);
  }

  @Test
  void givesMysqlTablesACollationThatMariaDbAlsoHas() {
    assertThat(DatabaseVendor.MYSQL.tableOptions()).contains("utf8mb4").doesNotContain("0900");
    assertThat(DatabaseVendor.H2.tableOptions()).isEmpty();
  }

  @Test
  void refusesAnUnknownDatabase() {
    assertThatThrownBy(() -> DatabaseVendor.fromUrl("jdbc:postgresql://db/wlink"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("jdbc:postgresql");
  }
}
