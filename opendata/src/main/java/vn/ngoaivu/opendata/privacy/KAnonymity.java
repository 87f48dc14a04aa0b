package vn.ngoaivu.opendata.privacy;

/**
 * The threshold below which a count of people is not published: a cell of fewer than 5 people could single someone
 * out (the expert in Japan working in a given field), so such cells are left out of every statistics release.
 */
public final class KAnonymity {

    public static final int MIN_CELL = 5;

    private KAnonymity() {
    }

    /** The sentence every statistics dataset's description carries, Vietnamese and English. */
    public static final String NOTE_VI = "Các ô có dưới " + MIN_CELL + " người không được công bố (bị lược bỏ khỏi bộ dữ liệu) "
            + "để không thể nhận diện cá nhân.";
    public static final String NOTE_EN = "Cells counting fewer than " + MIN_CELL + " people are suppressed (left out of the "
            + "dataset) so that no person can be identified.";
}
