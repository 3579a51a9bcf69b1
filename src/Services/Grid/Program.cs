using Governance.Grid;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGridServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGridApi();
app.Run();

