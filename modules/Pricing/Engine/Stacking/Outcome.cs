namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>The priced cart under one alternative. Its buffers are reused for the next alternative evaluated when it loses.</summary>
internal sealed class Outcome
{
    public Outcome(int lineCount, int candidateCount)
    {
        Amounts = new long[lineCount];
        Results = new CandidateResult[candidateCount];
        Applications = new List<Application>(candidateCount * 2);
    }

    public Alternative Alternative { get; private set; } = Alternative.Stack;

    /// <summary>Net amount per line, in minor units.</summary>
    public long[] Amounts { get; }

    public long Total { get; private set; }

    public List<Application> Applications { get; }

    public CandidateResult[] Results { get; }

    /// <summary>Set when a layer's best-price choice had more contenders than the exact bound and was made greedily.</summary>
    public bool GreedyBestPrice { get; set; }

    /// <summary>Clears it for evaluating <paramref name="alternative"/> from <paramref name="baseAmounts"/>.</summary>
    public void Start(Alternative alternative, long[] baseAmounts)
    {
        Alternative = alternative;
        Array.Copy(baseAmounts, Amounts, Amounts.Length);
        Applications.Clear();
        GreedyBestPrice = false;
        Array.Clear(Results);
        for (var i = 0; i < Results.Length; i++)
        {
            Results[i].By = -1;
        }
    }

    public void Finish()
    {
        long total = 0;
        foreach (var amount in Amounts)
        {
            total += amount;
        }
        Total = total;
    }
}
