package vn.ngoaivu.opendata.dataset;

/**
 * The three classes of the Law on Data 2024 (Luật Dữ liệu): open data (dữ liệu mở), shared data (dùng chung) and
 * private data (dùng riêng). Only {@link #OPEN} datasets are published; a definition of another class is refused.
 */
public enum DataClassification {
    OPEN, SHARED, PRIVATE
}
