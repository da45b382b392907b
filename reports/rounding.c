/*
 * Rounding shared by the analyses: SPEC §5.1 rounds every part half up,
 * never half to even, so 12.5 points are 13.
 */
#include <math.h>

#include "reports/analysis.h"

/*
 * floor(value + 0.5) would round 0.49999999999999994 up, as the addition
 * itself rounds; comparing the exact fraction does not.
 */
int
round_half_up(double value)
{
	double whole = floor(value);

	return (int)(value - whole >= 0.5 ? whole + 1 : whole);
}
