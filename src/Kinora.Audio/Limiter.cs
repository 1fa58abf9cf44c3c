namespace Kinora.Audio;

/// <summary>
/// A look-ahead true-peak limiter. For each frame it finds the gain that keeps the 4×-oversampled peak under the
/// ceiling, holds the smallest such gain over the look-ahead (2 ms), releases slowly (100 ms), and smooths with a
/// moving average as long as the look-ahead — so the gain is already down when the peak arrives and never steps.
/// Output is delayed by <see cref="Latency"/> frames.
/// </summary>
internal sealed class Limiter
{
    const int Detect = InterSamplePeak.Taps / 2;
    const int History = InterSamplePeak.Taps - 1;

    readonly float ceiling;
    readonly int lookahead;
    readonly double release;
    readonly float[] tailL = new float[History], tailR = new float[History];
    float[] workL = [], workR = [];
    // Delay line for the signal, and ring buffers for the hold (monotonic deque) and the moving average.
    readonly float[] delayL, delayR;
    readonly double[] box;
    readonly long[] dequeIndex;
    readonly double[] dequeValue;
    int dequeHead, dequeCount;
    double boxSum, smooth = 1;
    long written; // frames taken in so far

    /// <param name="ceilingDbtp">Highest true peak let through, in dBTP.</param>
    public Limiter(double ceilingDbtp, double lookaheadSeconds = 0.002, double releaseSeconds = 0.1)
    {
        ceiling = (float)AudioFormat.Gain(ceilingDbtp);
        lookahead = Math.Max(1, (int)Math.Round(lookaheadSeconds * AudioFormat.SampleRate));
        release = 1 - Math.Exp(-1 / (releaseSeconds * AudioFormat.SampleRate));
        delayL = new float[Latency + 1];
        delayR = new float[Latency + 1];
        box = new double[lookahead + 1];
        Array.Fill(box, 1.0);
        boxSum = lookahead + 1;
        dequeIndex = new long[lookahead + 2];
        dequeValue = new double[lookahead + 2];
    }

    /// <summary>Frames between a sample going in and coming out.</summary>
    public int Latency => Detect + lookahead;

    /// <summary>Limits consecutive frames in place; what comes out is the input of <see cref="Latency"/> frames ago.</summary>
    public void Process(Span<float> left, Span<float> right)
    {
        int n = left.Length, total = History + n;
        if (workL.Length < total) { workL = new float[total]; workR = new float[total]; }
        tailL.CopyTo(workL, 0); tailR.CopyTo(workR, 0);
        left.CopyTo(workL.AsSpan(History)); right.CopyTo(workR.AsSpan(History));

        float loudest = 0;
        for (int i = 0; i < total; i++) loudest = Math.Max(loudest, Math.Max(Math.Abs(workL[i]), Math.Abs(workR[i])));
        // Nothing in this stretch can reach the ceiling even between samples: skip the oversampling.
        bool quiet = loudest * InterSamplePeak.Overshoot < ceiling;

        for (int j = 0; j < n; j++)
        {
            // Newest input is workL[j + History]; the frame whose peak is now known sits Detect frames earlier.
            int m = j + History - Detect;
            double need = 1;
            if (!quiet)
            {
                float p = Math.Max(Math.Abs(workL[m]), Math.Abs(workR[m]));
                p = Math.Max(p, InterSamplePeak.Between(workL.AsSpan(j, InterSamplePeak.Taps)));
                p = Math.Max(p, InterSamplePeak.Between(workR.AsSpan(j, InterSamplePeak.Taps)));
                if (p > ceiling) need = ceiling / p;
            }
            double hold = Hold(written, need);
            smooth = hold < smooth ? hold : smooth + (hold - smooth) * release;
            int slot = (int)(written % box.Length);
            boxSum += smooth - box[slot];
            box[slot] = smooth;
            float gain = (float)Math.Min(1.0, boxSum / box.Length);

            // Delay line: store this frame, emit the one taken in Latency frames ago.
            int d = (int)(written % delayL.Length);
            int outSlot = (int)((written + 1) % delayL.Length);
            delayL[d] = left[j];
            delayR[d] = right[j];
            left[j] = delayL[outSlot] * gain;
            right[j] = delayR[outSlot] * gain;
            written++;
        }
        workL.AsSpan(total - History, History).CopyTo(tailL);
        workR.AsSpan(total - History, History).CopyTo(tailR);
    }

    /// <summary>Smallest required gain over the last lookahead + 1 frames (a monotonic deque: O(1) per frame).</summary>
    double Hold(long index, double value)
    {
        int cap = dequeIndex.Length;
        while (dequeCount > 0 && dequeValue[(dequeHead + dequeCount - 1) % cap] >= value) dequeCount--;
        int tailSlot = (dequeHead + dequeCount) % cap;
        dequeIndex[tailSlot] = index;
        dequeValue[tailSlot] = value;
        dequeCount++;
        while (dequeIndex[dequeHead] <= index - lookahead - 1) { dequeHead = (dequeHead + 1) % cap; dequeCount--; }
        return dequeValue[dequeHead];
    }
}
