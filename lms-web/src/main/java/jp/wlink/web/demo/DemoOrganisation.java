package jp.wlink.web.demo;

import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.region.Prefecture;

/** A fictional organisation the demo data creates. */
public record DemoOrganisation(String name, OrganisationKind kind, Prefecture prefecture) {}
