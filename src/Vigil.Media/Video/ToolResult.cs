namespace Vigil.Media.Video;

/// <summary>How an ffmpeg or ffprobe run ended.</summary>
internal sealed record ToolResult(int ExitCode, ToolDiagnostics Diagnostics);
