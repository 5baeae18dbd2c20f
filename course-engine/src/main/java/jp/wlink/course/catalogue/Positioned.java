package jp.wlink.course.catalogue;

/** Something kept in an ordered list whose place is also stored as a number. */
interface Positioned {
  void placeAt(int position);
}
