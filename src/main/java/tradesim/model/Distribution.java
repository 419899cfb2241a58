package tradesim.model;

/** A probability distribution for an uncertain parameter, used by Monte Carlo draws. */
public sealed interface Distribution
        permits Distribution.Normal, Distribution.LogNormal, Distribution.Uniform, Distribution.Triangular {

    /** Normal, truncated to the parameter's valid range by rejection. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) {
                throw new IllegalArgumentException("normal needs finite mean and sd > 0: " + mean + ", " + sd);
            }
        }
    }

    /** Log-normal given by its median and the standard deviation of the log. */
    record LogNormal(double median, double sdLog) implements Distribution {
        public LogNormal {
            if (!(median > 0) || !Double.isFinite(median) || !(sdLog > 0) || !Double.isFinite(sdLog)) {
                throw new IllegalArgumentException("lognormal needs median > 0 and sd_log > 0: " + median + ", " + sdLog);
            }
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                throw new IllegalArgumentException("uniform needs finite min < max: " + min + ", " + max);
            }
        }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max) || !(mode >= min && mode <= max)) {
                throw new IllegalArgumentException("triangular needs min < max and min <= mode <= max: "
                        + min + ", " + mode + ", " + max);
            }
        }
    }
}
