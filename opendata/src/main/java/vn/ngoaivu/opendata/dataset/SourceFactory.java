package vn.ngoaivu.opendata.dataset;

import vn.ngoaivu.opendata.release.ReleaseSource;

/** Opens a dataset's source over the registry. Opening reads nothing: the source queries when it is streamed. */
@FunctionalInterface
public interface SourceFactory {

    ReleaseSource open(SourceContext context);
}
