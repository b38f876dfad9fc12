package dev.plotpress.data;

import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import dev.plotpress.model.Transform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RandomDataTest {

    @Test
    void seedZeroGivesNumpysValuesBitForBit() {
        // /usr/bin/python3 -c "import numpy as np; np.random.seed(0); a=np.random.rand(4,8); print(repr(a[0,:3].tolist()), repr(a[3,7]))"
        // -> [0.5488135039273248, 0.7151893663724195, 0.6027633760716439] 0.7742336894342167
        Table table = DataReader.read(DataSpec.random(4, 8, 0));

        assertThat(table.columnNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.numeric("0").get(0)).isEqualTo(0.5488135039273248);
        assertThat(table.numeric("1").get(0)).isEqualTo(0.7151893663724195);
        assertThat(table.numeric("2").get(0)).isEqualTo(0.6027633760716439);
        assertThat(table.numeric("7").get(3)).isEqualTo(0.7742336894342167);
    }

    @Test
    void anotherSeedAlsoMatchesNumpy() {
        // /usr/bin/python3 -c "import numpy as np; np.random.seed(123456789); print(np.random.rand(1,2).tolist())"
        // -> [[0.532833024789759, 0.5341366008904166]]
        Table table = DataReader.read(DataSpec.random(1, 2, 123456789));

        assertThat(table.numeric("0").get(0)).isEqualTo(0.532833024789759);
        assertThat(table.numeric("1").get(0)).isEqualTo(0.5341366008904166);
    }

    @Test
    void correlationOfTheReportsTableMatchesPandas() {
        // /usr/bin/python3 -c "import numpy as np, pandas as pd; np.random.seed(0); c=pd.DataFrame(np.random.rand(4,8)).corr();
        //   print(c.iloc[0,1], c.iloc[2,5], c.iloc[4,7], c.iloc[0,3])"
        // -> -0.8362618199154692 0.9547655672851072 0.06141797035966867 -0.9049358841169994
        // (the reference heatmap shows them as -0.84, 0.95, 0.061, -0.9)
        Table corr = DataReader.read(DataSpec.random(4, 8, 0).withTransform(Transform.CORRELATION));

        assertThat(corr.numeric("1").get(0)).isCloseTo(-0.8362618199154692, within(1e-12));
        assertThat(corr.numeric("5").get(2)).isCloseTo(0.9547655672851072, within(1e-12));
        assertThat(corr.numeric("7").get(4)).isCloseTo(0.06141797035966867, within(1e-12));
        assertThat(corr.numeric("3").get(0)).isCloseTo(-0.9049358841169994, within(1e-12));
        assertThat(corr.numeric("6").get(6)).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameTableAndAnotherSeedAnother() {
        Table a = DataReader.read(DataSpec.random(3, 2, 7));
        Table b = DataReader.read(DataSpec.random(3, 2, 7));
        Table c = DataReader.read(DataSpec.random(3, 2, 8));

        assertThat(a.columns()).isEqualTo(b.columns());
        assertThat(a.columns()).isNotEqualTo(c.columns());
    }

    @Test
    void seedsInTheUpperHalfOfNumpysRangeMatchNumpyToo() {
        // /usr/bin/python3 -c "import numpy as np
        //   for s in [2147483647, 2147483648, 4294967295]: np.random.seed(s); print(s, np.random.rand(1, 2).tolist())"
        // -> 2147483647 [[0.3933911315501387, 0.6566618430544519]]
        //    2147483648 [[0.15200287353446562, 0.8205427554297966]]
        //    4294967295 [[0.0976320289940138, 0.9123828453026218]]
        assertFirstTwo(2147483647L, 0.3933911315501387, 0.6566618430544519);
        assertFirstTwo(2147483648L, 0.15200287353446562, 0.8205427554297966);
        assertFirstTwo(4294967295L, 0.0976320289940138, 0.9123828453026218);
    }

    @Test
    void seedsOutsideNumpysRangeAreRefused() {
        assertThatThrownBy(() -> DataSpec.random(2, 2, -1)).isInstanceOf(InvalidSpecException.class)
                .hasMessage("data.random.seed: must be between 0 and 4294967295, got -1");
        assertThatThrownBy(() -> DataSpec.random(2, 2, 1L << 32)).isInstanceOf(InvalidSpecException.class)
                .hasMessage("data.random.seed: must be between 0 and 4294967295, got 4294967296");
    }

    private static void assertFirstTwo(long seed, double first, double second) {
        Table table = DataReader.read(DataSpec.random(1, 2, seed));
        assertThat(table.numeric("0").get(0)).as("seed %d", seed).isEqualTo(first);
        assertThat(table.numeric("1").get(0)).as("seed %d", seed).isEqualTo(second);
    }
}
