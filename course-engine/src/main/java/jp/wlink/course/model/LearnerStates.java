package jp.wlink.course.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link LearnerState} as compact bytes and reads it back, for storing a learner's state
 * in one column. The first byte is the format version; a skill takes 40 bytes, an answered item 8.
 */
public final class LearnerStates {
  private static final int FORMAT = 1;
  private static final int SKILL_BYTES = 40;

  private LearnerStates() {}

  public static byte[] write(LearnerState state) {
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(64 + SKILL_BYTES * state.records().size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeDouble(state.priorSkillVariance());
      out.writeDouble(state.globalAbility());
      out.writeDouble(state.globalVariance());
      out.writeInt(state.successes());
      out.writeInt(state.failures());
      out.writeInt(state.recent());
      out.writeInt(state.previousSkill());
      writeSkills(state.records(), out);
      writeItems(state.answeredItems(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not a stored state of a known format
   */
  public static LearnerState read(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("unknown learner state format " + format);
      }
      double priorSkillVariance = in.readDouble();
      double ability = in.readDouble();
      LearnerState state = new LearnerState(in.readDouble(), priorSkillVariance);
      state.restore(ability, in.readInt(), in.readInt(), in.readInt(), in.readInt());
      readSkills(state.records(), in);
      readItems(state.answeredItems(), in);
      if (in.available() > 0) {
        throw new IllegalArgumentException("learner state has trailing bytes");
      }
      return state;
    } catch (IOException e) {
      throw new IllegalArgumentException("learner state is truncated", e);
    }
  }

  private static void writeSkills(SkillRecords records, DataOutputStream out) throws IOException {
    out.writeInt(records.size());
    for (int slot = 0; slot < records.size(); slot++) {
      out.writeInt(records.skill(slot));
      out.writeDouble(records.ability(slot));
      out.writeDouble(records.variance(slot));
      out.writeDouble(records.covariance(slot));
      out.writeInt(records.successes(slot));
      out.writeInt(records.failures(slot));
      out.writeInt(records.recent(slot));
    }
  }

  private static void writeItems(SlotTable items, DataOutputStream out) throws IOException {
    out.writeInt(items.size());
    for (int slot = 0; slot < items.size(); slot++) {
      out.writeLong(items.key(slot));
    }
  }

  private static void readItems(SlotTable items, DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available() / Long.BYTES) {
      throw new IllegalArgumentException("learner state claims " + count + " items");
    }
    for (int i = 0; i < count; i++) {
      items.add(in.readLong());
    }
  }

  private static void readSkills(SkillRecords records, DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available() / SKILL_BYTES) {
      throw new IllegalArgumentException("learner state claims " + count + " skills");
    }
    for (int i = 0; i < count; i++) {
      int skill = in.readInt();
      double[] estimate = {in.readDouble(), in.readDouble(), in.readDouble()};
      records.restore(skill, estimate, in.readInt(), in.readInt(), in.readInt());
    }
  }
}
