package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lastmile.common.Key;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.geom.GeometryError;

/**
 * A line of the sketch that is no valid polygon (JTS validation through survey's ParcelCheck): the
 * place to mark on the canvas and, when two sides cross there, which ones. Its area cannot be
 * trusted, so none is given for it.
 *
 * @param role which line it is
 * @param error what JTS found
 * @param at where (plane metres)
 * @param crossing the corner names of the two sides crossing there (from, to, from, to), or empty
 */
public record RingProblem(Role role, GeometryError error, PlanePoint at, List<String> crossing)
        implements MessageKeyed {

    /** The lines a sketch validates. */
    public enum Role {
        PARCEL, CLAIM_A, CLAIM_B, AGREED;

        static Role of(Optional<Party> claim) {
            return claim.map(p -> p == Party.A ? CLAIM_A : CLAIM_B).orElse(PARCEL);
        }

        public String messageKey() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder("sketch.invalid.role.").append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    public RingProblem {
        crossing = List.copyOf(crossing);
    }

    /** "The parcel: side J2–J3 crosses J4–J5 (red circle); its area cannot be trusted." */
    @Override
    public String messageKey() {
        return crossing.size() == 4 ? "sketch.invalid.crossing" : "sketch.invalid.shape";
    }

    @Override
    public Object[] messageArgs() {
        if (crossing.size() == 4) {
            return new Object[] {new Key(role.messageKey()), crossing.get(0), crossing.get(1), crossing.get(2),
                crossing.get(3)};
        }
        return new Object[] {new Key(role.messageKey()), new LocalizedException(error.messageKey(), at.e(), at.n())};
    }
}
