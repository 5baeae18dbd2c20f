/**
 * Places in Japan that several features share: the 47 prefectures with their JIS X 0401 codes.
 * Names come from the bundles, keyed by code.
 */
package jp.wlink.web.region;
