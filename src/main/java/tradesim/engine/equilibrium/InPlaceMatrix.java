package tradesim.engine.equilibrium;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;

/**
 * A square matrix that Commons Math's {@code LUDecomposition} factors in place. The decomposition
 * starts with {@code matrix.getData()}, which for an ordinary matrix is a fresh 2-D copy: one
 * multi-dimensional allocation (a slow runtime call in C2) per Newton step. The solver rebuilds
 * its Jacobian from scratch before every step and never reads it after the factorisation, so
 * handing over the array itself changes no arithmetic and saves the copy.
 *
 * <p>Only for that use: after {@code new LUDecomposition(m)} the array holds L and U, not the matrix,
 * and its row arrays may be in another order (pivoting swaps them); the solver fills every row anew.
 */
final class InPlaceMatrix extends Array2DRowRealMatrix {

    private static final long serialVersionUID = 1L;

    /** Wraps {@code data} without copying; it must be square and not jagged. */
    InPlaceMatrix(double[][] data) {
        super(data, false);
    }

    /** The array itself, not a copy: the decomposition overwrites it. */
    @Override
    public double[][] getData() {
        return getDataRef();
    }
}
