package dev.orderlens.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR exactly as Maven packaged it (classes,
 * migrations, web resources and libraries), so the tests exercise what ships.
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive orderlens() {
    File exploded = new File("target/orderlens");
    if (!new File(exploded, "WEB-INF/classes").isDirectory()) {
      throw new IllegalStateException("Run the package phase first: target/orderlens is missing");
    }
    return ShrinkWrap.create(WebArchive.class, "orderlens.war")
        .as(ExplodedImporter.class)
        .importDirectory(exploded)
        .as(WebArchive.class);
  }
}
