package io.mtlint.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What every task needs, broadcast once per executor: the profiles' options (with their rule packs), whether to
 * fix and where fixed files go, and the Hadoop configuration to read and write with.
 */
record JobSpec(List<OptionsSnapshot> profiles, boolean fix, boolean unsafe, String fixedDirectory, HadoopConf hadoop)
        implements Serializable {
}
