namespace Vigil.Core.Processing;

/// <summary>The ordered steps; a job for step N is followed by a job for step N + 1 on the same item.</summary>
public sealed class ProcessingPipeline
{
    private readonly IReadOnlyList<IProcessingStep> _steps;

    public ProcessingPipeline(IEnumerable<IProcessingStep> steps)
    {
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new InvalidOperationException("The processing pipeline needs at least one step.");
        }

        if (_steps.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != _steps.Count)
        {
            throw new InvalidOperationException("Processing step names must be unique.");
        }
    }

    public string FirstStep => _steps[0].Name;

    public IProcessingStep? Find(string name) => _steps.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public string? NextAfter(string name)
    {
        for (var i = 0; i < _steps.Count - 1; i++)
        {
            if (string.Equals(_steps[i].Name, name, StringComparison.Ordinal))
            {
                return _steps[i + 1].Name;
            }
        }

        return null;
    }
}
